/*
 * The generated search index (search_index.h) is compiled here, as
 * guides.c compiles the guide tables, so every build of the library gets it.
 */
#include "search_index_data.c"
