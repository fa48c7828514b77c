/*
 * The generated guide tables (advice, the choose tree, synonyms, spellings
 * and the lookup keys for suggestions) are compiled here, as status.c
 * compiles the status table and the gperf index, so every build of the
 * library gets them with its own flags and no rule of its own.
 */
#include "guides_data.c"
