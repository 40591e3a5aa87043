/* Snowball's libstemmer ships no pkg-config file; the header sits in /usr/include. */
#include <libstemmer.h>
