/* Walking the guide for picking a code (choose.h). */
#include <string.h>

#include "core/choose.h"
#include "core/name.h"
#include "core/status.h"

/*
 * The root whose topic is name, compared by lookup key ("Client-Error"),
 * or whose class name gives ("4xx", "client", "4"); NULL for none.
 */
const struct choose_node *choose_topic(const char *name)
{
	char key[NAME_KEY_BUFFER], topic[NAME_KEY_BUFFER];
	const struct status_class *class = status_class_by_name(name);

	if (name_key(name, strlen(name), key, sizeof key) == 0)
		return NULL;
	for (const struct choose_node *root = choose_next_topic(NULL); root != NULL;
	     root = choose_next_topic(root)) {
		name_key(root->topic, strlen(root->topic), topic, sizeof topic);
		if (strcmp(key, topic) == 0 || (class != NULL && class->digit == root->class_digit))
			return root;
	}
	return NULL;
}

/* The next root after `after` (NULL: the first); NULL after the last. */
const struct choose_node *choose_next_topic(const struct choose_node *after)
{
	size_t i = after == NULL ? 0 : (size_t)(after - choose_nodes) + 1;

	while (i < choose_node_count && choose_nodes[i].parent != CHOOSE_NONE)
		i++;
	return i < choose_node_count ? &choose_nodes[i] : NULL;
}

const struct choose_node *choose_child(const struct choose_node *node)
{
	return node->first_child == CHOOSE_NONE ? NULL : &choose_nodes[node->first_child];
}

const struct choose_node *choose_sibling(const struct choose_node *node)
{
	return node->next_sibling == CHOOSE_NONE ? NULL : &choose_nodes[node->next_sibling];
}

const struct choose_node *choose_parent(const struct choose_node *node)
{
	return node->parent == CHOOSE_NONE ? NULL : &choose_nodes[node->parent];
}

/* The root of the topic node is in. */
const struct choose_node *choose_root_of(const struct choose_node *node)
{
	while (node->parent != CHOOSE_NONE)
		node = &choose_nodes[node->parent];
	return node;
}

/* The first leaf that answers code; NULL when the outline never does. */
const struct choose_node *choose_leaf_for_code(int code)
{
	for (size_t i = 0; i < choose_node_count; i++)
		if (choose_nodes[i].first_child == CHOOSE_NONE && choose_nodes[i].parent != CHOOSE_NONE &&
		    choose_nodes[i].code == code)
			return &choose_nodes[i];
	return NULL;
}
