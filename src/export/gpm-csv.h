/* gpm-csv.h — RFC 4180 CSV output. */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

void gpm_csv_append_field (GString    *out,
                           const char *field);
void gpm_csv_append_row   (GString    *out,
                           const char *const *fields,
                           guint       n_fields);

G_END_DECLS
