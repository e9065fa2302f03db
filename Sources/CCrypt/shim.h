#ifndef FRONTDESK_CCRYPT_SHIM_H
#define FRONTDESK_CCRYPT_SHIM_H
// libxcrypt: the system's password hashing (yescrypt), for staff PINs.
#include <crypt.h>
#endif
