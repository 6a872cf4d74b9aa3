// Google's HTML5 parser (Debian libgumbo-dev) for Swift: its tree is read through these
// helpers because the node's children live in a union and a vector of void pointers.
#ifndef NEWSROOM_CGUMBO_SHIM_H
#define NEWSROOM_CGUMBO_SHIM_H
#include <gumbo.h>
#include <string.h>

// Parses `length` bytes of UTF-8. No parse errors are recorded (max_errors 0): gumbo keeps a
// copy of the open-element stack with every error, which makes deeply nested pages cost
// memory quadratic in their depth.
static inline GumboOutput *nr_gumbo_parse(const char *buffer, size_t length) {
    GumboOptions options = kGumboDefaultOptions;
    options.max_errors = 0;
    return gumbo_parse_with_options(&options, buffer, length);
}

static inline void nr_gumbo_destroy(GumboOutput *output) {
    gumbo_destroy_output(&kGumboDefaultOptions, output);
}

static inline const GumboVector *nr_gumbo_children(const GumboNode *node) {
    switch (node->type) {
    case GUMBO_NODE_DOCUMENT: return &node->v.document.children;
    case GUMBO_NODE_ELEMENT:
    case GUMBO_NODE_TEMPLATE: return &node->v.element.children;
    default: return NULL;
    }
}

static inline unsigned int nr_gumbo_child_count(const GumboNode *node) {
    const GumboVector *children = nr_gumbo_children(node);
    return children ? children->length : 0;
}

static inline const GumboNode *nr_gumbo_child(const GumboNode *node, unsigned int index) {
    return (const GumboNode *)nr_gumbo_children(node)->data[index];
}

static inline unsigned int nr_gumbo_attribute_count(const GumboNode *node) {
    return node->v.element.attributes.length;
}

static inline const GumboAttribute *nr_gumbo_attribute(const GumboNode *node, unsigned int index) {
    return (const GumboAttribute *)node->v.element.attributes.data[index];
}
// The length of an attribute's value, counted up to `limit` + 1 (values can be megabytes long).
static inline size_t nr_gumbo_value_length(const GumboAttribute *attribute, size_t limit) {
    return strnlen(attribute->value, limit + 1);
}
#endif
