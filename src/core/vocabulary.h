/* The words the CSV uses for each enumerated value, both ways. */
#ifndef VOCABULARY_H
#define VOCABULARY_H

#include "core/status.h"

const char *vocabulary_kind_name(enum status_kind kind);
const char *vocabulary_redirect_name(enum status_redirect redirect);
const char *vocabulary_method_name(enum status_method method);
int vocabulary_kind(const char *word);
int vocabulary_redirect(const char *word);
int vocabulary_method(const char *word);

#endif
