#ifndef FRONTDESK_CSQLITE_SHIM_H
#define FRONTDESK_CSQLITE_SHIM_H
#include <sqlite3.h>

// SQLITE_TRANSIENT is a cast macro that does not import: SQLite copies bound text at once.
static inline sqlite3_destructor_type fd_sqlite_transient(void) { return SQLITE_TRANSIENT; }
#endif
