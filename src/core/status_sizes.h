/*
 * The sizes of the generated tables (rows, the longest phrase), for the
 * arrays sized by them: the one way above core to the generated header.
 */
#ifndef STATUS_SIZES_H
#define STATUS_SIZES_H

#include "status_data.h"

#endif
