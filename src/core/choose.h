/*
 * The guide for picking a code (data/choose.csv): for each topic a tree of
 * questions whose leaves are codes, each with a one-line reason. The table
 * is generated into build/generated/guides_data.c in the CSV's depth-first
 * order, so a node's children follow it.
 */
#ifndef CHOOSE_H
#define CHOOSE_H

#include <stddef.h>

#define CHOOSE_DEPTH_MAX 4
#define CHOOSE_NONE (-1)

struct choose_node {
	const char *id;
	short parent;		/* CHOOSE_NONE for a topic's root */
	short first_child;	/* CHOOSE_NONE for a leaf */
	short next_sibling;	/* CHOOSE_NONE for the last child */
	unsigned char depth;	/* 1 for a root */
	unsigned char class_digit;	/* the class a root's topic names */
	const char *topic;	/* roots only: "client error" */
	const char *question;	/* inner nodes: what the children answer */
	const char *answer;	/* all but roots: the answer that leads here */
	short code;		/* leaves: the code to send (0 is 000); CHOOSE_NONE elsewhere */
	const char *reason;	/* leaves: why, in one line */
};

extern const struct choose_node choose_nodes[];
extern const size_t choose_node_count;

const struct choose_node *choose_topic(const char *name);
const struct choose_node *choose_next_topic(const struct choose_node *after);
const struct choose_node *choose_child(const struct choose_node *node);
const struct choose_node *choose_sibling(const struct choose_node *node);
const struct choose_node *choose_parent(const struct choose_node *node);
const struct choose_node *choose_root_of(const struct choose_node *node);
const struct choose_node *choose_leaf_for_code(int code);

#endif
