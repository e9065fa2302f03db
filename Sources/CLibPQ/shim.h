#ifndef FRONTDESK_CLIBPQ_SHIM_H
#define FRONTDESK_CLIBPQ_SHIM_H
#include <postgresql/libpq-fe.h>
#endif
