/*
 * Thin wrappers over libedit for Swift 6.
 * el_set and history are variadic, which Swift cannot call, and Swift 6 rejects
 * the C stdio globals as not concurrency-safe, so both are handed over from C.
 */
#include <stdio.h>
#include <histedit.h>

typedef char *(*rebound_prompt_fn)(EditLine *);
typedef unsigned char (*rebound_command_fn)(EditLine *, int);

static inline EditLine *rebound_el_init(const char *prog) {
  return el_init(prog, stdin, stdout, stderr);
}
static inline int rebound_el_set_prompt(EditLine *el, rebound_prompt_fn f, char ignore) {
  return el_set(el, EL_PROMPT_ESC, f, ignore);
}
static inline int rebound_el_set_editor(EditLine *el, const char *mode) {
  return el_set(el, EL_EDITOR, mode);
}
static inline int rebound_el_set_signal(EditLine *el, int on) {
  return el_set(el, EL_SIGNAL, on);
}
static inline int rebound_el_set_clientdata(EditLine *el, void *data) {
  return el_set(el, EL_CLIENTDATA, data);
}
static inline void *rebound_el_clientdata(EditLine *el) {
  void *data = NULL;
  el_get(el, EL_CLIENTDATA, &data);
  return data;
}
static inline int rebound_el_add_function(
  EditLine *el, const char *name, const char *help, rebound_command_fn f) {
  return el_set(el, EL_ADDFN, name, help, f);
}
static inline int rebound_el_bind(EditLine *el, const char *key, const char *name) {
  return el_set(el, EL_BIND, key, name, (const char *)NULL);
}
static inline int rebound_el_set_history(EditLine *el, History *h) {
  return el_set(el, EL_HIST, history, h);
}
static inline int rebound_history_setsize(History *h, int n) {
  HistEvent e;
  return history(h, &e, H_SETSIZE, n);
}
static inline int rebound_history_setunique(History *h, int on) {
  HistEvent e;
  return history(h, &e, H_SETUNIQUE, on);
}
static inline int rebound_history_enter(History *h, const char *s) {
  HistEvent e;
  return history(h, &e, H_ENTER, s);
}
static inline int rebound_history_load(History *h, const char *path) {
  HistEvent e;
  return history(h, &e, H_LOAD, path);
}
static inline int rebound_history_save(History *h, const char *path) {
  HistEvent e;
  return history(h, &e, H_SAVE, path);
}
