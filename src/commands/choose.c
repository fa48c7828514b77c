/*
 * choose: the guide for picking a code (data/choose.csv): for a topic
 * (success, redirect, client error, server error; or 2xx, 4, ...), or for
 * every topic, a question per level and a code with its reason at each
 * answer that ends the questions. Words that name no topic are a situation
 * ("the email address is already taken"): the answer search ranks first
 * among the outline's, with the questions that lead to it.
 */
#include <err.h>
#include <stdio.h>

#include "commands/commands.h"
#include "core/choose.h"
#include "core/choose_find.h"
#include "core/exit_status.h"
#include "core/status.h"
#include "output/quote.h"

/* "no topic or answer matches 'x' (topics: success, redirect, ...)", the topics from the data. */
static void choose_report_miss(const struct output *output, const char *topic)
{
	char quoted[QUOTE_BUFFER], topics[256];
	size_t used = 0;

	if (output->quiet)
		return;
	topics[0] = '\0';
	for (const struct choose_node *root = choose_next_topic(NULL); root != NULL && used < sizeof topics;
	     root = choose_next_topic(root))
		used += (size_t)snprintf(topics + used, sizeof topics - used, "%s%s",
					 used > 0 ? ", " : "", root->topic);
	warnx("no topic or answer matches '%s' (topics: %s)", quote_for_message(topic, quoted), topics);
}

/* The outline's answer for a situation put in words, and the questions that lead to it. */
static int choose_situation(const struct command_args *args, const char *text)
{
	struct answers answers = { args->output, args->format, TEXT_ENTRY, false, 0, 0 };
	struct search_hit hit;
	const struct choose_node *leaf = choose_find((const char *const *)args->operands, args->count, &hit);

	if (leaf == NULL) {
		choose_report_miss(args->output, text);
		return EXIT_NOT_FOUND;
	}
	answers_begin(&answers);
	answers_add_choice(&answers, leaf, &hit);
	return EXIT_ANSWERED;
}

int command_choose(const struct command_args *args)
{
	struct answers answers = { args->output, args->format, TEXT_ENTRY, false, 0, 0 };
	const struct choose_node *root = NULL;
	char topic[QUOTE_BUFFER];

	/* The topic may come as one word or several: choose client error. */
	command_join_operands(args, topic, sizeof topic);
	if (args->count > 0) {
		root = choose_topic(topic);
		/* A class the outline has no topic for ("informational") is a miss, not a situation. */
		if (root == NULL && status_class_by_name(topic) != NULL) {
			choose_report_miss(args->output, topic);
			return EXIT_NOT_FOUND;
		}
		if (root == NULL)
			return choose_situation(args, topic);
	}
	answers_begin(&answers);
	for (const struct choose_node *next = root != NULL ? root : choose_next_topic(NULL);
	     next != NULL; next = root != NULL ? NULL : choose_next_topic(next))
		answers_add_topic(&answers, next);
	return EXIT_ANSWERED;
}
