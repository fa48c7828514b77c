/*
 * The generated guide tables (advice, the choose tree, synonyms, spellings
 * and the lookup keys for suggestions) are compiled here, as status.c
 * compiles the gperf index, so every build of the library gets them.
 */
#include "guides_data.c"
