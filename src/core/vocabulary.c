/*
 * The words the CSV uses for each enumerated value. The generator reads them
 * and the command line prints them, so both sides agree by construction.
 */
#include <string.h>

#include "core/vocabulary.h"

static const char *const kind_names[] = {
	[KIND_STANDARD] = "standard",
	[KIND_DEPRECATED] = "deprecated",
	[KIND_OBSOLETE] = "obsolete",
	[KIND_UNUSED] = "unused",
	[KIND_UNOFFICIAL] = "unofficial",
};

/* An empty CSV cell stands for "none", so "none" has the empty word. */
static const char *const redirect_names[] = {
	[REDIRECT_NONE] = "",
	[REDIRECT_PERMANENT] = "permanent",
	[REDIRECT_TEMPORARY] = "temporary",
};

static const char *const method_names[] = {
	[METHOD_NONE] = "",
	[METHOD_KEEP] = "keep",
	[METHOD_POST_TO_GET] = "post-to-get",
	[METHOD_GET] = "get",
};

const struct ecosystem_info ecosystems[ECOSYSTEM_COUNT] = {
	[ECOSYSTEM_PYTHON] = { "Python", "python", "HTTPStatus." },
	[ECOSYSTEM_GO] = { "Go", "go", "http." },
	[ECOSYSTEM_RUST] = { "Rust", "rust", "StatusCode::" },
	[ECOSYSTEM_JAVA] = { "Java", "java", "HttpServletResponse." },
	[ECOSYSTEM_DOTNET] = { ".NET", "dotnet", "HttpStatusCode." },
};

static int word_index(const char *const *words, int count, const char *word)
{
	for (int i = 0; i < count; i++)
		if (strcmp(words[i], word) == 0)
			return i;
	return -1;
}

#define COUNT(array) ((int)(sizeof(array) / sizeof((array)[0])))

const char *vocabulary_kind_name(enum status_kind kind)
{
	return kind_names[kind];
}

const char *vocabulary_redirect_name(enum status_redirect redirect)
{
	return redirect_names[redirect];
}

const char *vocabulary_method_name(enum status_method method)
{
	return method_names[method];
}

/* Each returns the value the word names, or -1 for a word it does not know. */
int vocabulary_kind(const char *word)
{
	return word_index(kind_names, COUNT(kind_names), word);
}

int vocabulary_redirect(const char *word)
{
	return word_index(redirect_names, COUNT(redirect_names), word);
}

int vocabulary_method(const char *word)
{
	return word_index(method_names, COUNT(method_names), word);
}
