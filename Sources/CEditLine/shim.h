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

/*
 * Reading keys with a clock: libedit's own reader blocks until a key arrives, so a countdown in
 * the prompt would only move when the user types. This reader waits at most a second at a time
 * and calls `tick` in between, which may redraw the line or, when time is up, end it.
 */
#include <errno.h>
#include <poll.h>
#include <unistd.h>
#include <wchar.h>

typedef int (*rebound_tick_fn)(EditLine *);
static rebound_tick_fn rebound_tick = NULL;

static inline int rebound_read_char(EditLine *el, wchar_t *wc) {
  for (;;) {
    struct pollfd input = {.fd = STDIN_FILENO, .events = POLLIN, .revents = 0};
    int ready = poll(&input, 1, 1000);
    if (ready == 0) {
      if (rebound_tick && rebound_tick(el)) {
        *wc = L'\n';
        return 1;
      }
      continue;
    }
    if (ready < 0) return -1; /* errno stays EINTR for Ctrl-C */
    unsigned char bytes[4];
    ssize_t got = read(STDIN_FILENO, bytes, 1);
    if (got <= 0) return (int)got;
    int length = bytes[0] < 0x80 ? 1 : (bytes[0] >> 5) == 0x6 ? 2 : (bytes[0] >> 4) == 0xE ? 3 : (bytes[0] >> 3) == 0x1E ? 4 : 1;
    for (int i = 1; i < length; i++) {
      if (read(STDIN_FILENO, bytes + i, 1) != 1) return -1;
    }
    if (length == 1) {
      *wc = (wchar_t)bytes[0];
    } else if (length == 2) {
      *wc = (wchar_t)(((bytes[0] & 0x1F) << 6) | (bytes[1] & 0x3F));
    } else if (length == 3) {
      *wc = (wchar_t)(((bytes[0] & 0x0F) << 12) | ((bytes[1] & 0x3F) << 6) | (bytes[2] & 0x3F));
    } else {
      *wc = (wchar_t)(((bytes[0] & 0x07) << 18) | ((bytes[1] & 0x3F) << 12) | ((bytes[2] & 0x3F) << 6) | (bytes[3] & 0x3F));
    }
    return 1;
  }
}

static inline int rebound_el_use_clock(EditLine *el, rebound_tick_fn tick) {
  rebound_tick = tick;
  return el_set(el, EL_GETCFN, rebound_read_char);
}
static inline int rebound_el_refresh(EditLine *el) { return el_set(el, EL_REFRESH); }
