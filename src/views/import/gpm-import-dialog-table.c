/* gpm-import-dialog-table.c — the import dialog's preview: the file's first rows as read
 * with the current encoding and delimiter, one column per column of the file, each titled
 * with the field it feeds ("厂商 → Subject"), so a wrong encoding or mapping shows before
 * anything is written.
 */

#include "config.h"

#include <glib/gi18n.h>

#include "gpm-import-dialog-private.h"

#define PREVIEW_HEADER_HEIGHT 40
#define PREVIEW_ROW_HEIGHT    26

void
gpm_import_dialog_update_titles (GpmImportDialog *self)
{
  GListModel *columns = gtk_column_view_get_columns (self->preview_view);

  for (guint i = 0; i < g_list_model_get_n_items (columns); i++)
    {
      g_autoptr(GtkColumnViewColumn) column = g_list_model_get_item (columns, i);
      const char *name = self->preview->header[i];
      g_autofree char *title = NULL;

      for (guint f = 0; f < GPM_IMPORT_N_FIELDS && title == NULL; f++)
        if (self->mapping.column[f] == (int) i)
          /* Translators: a preview column's title: the file's header, then the field it
           * is imported as, e.g. "厂商 → Subject". */
          title = g_strdup_printf (_("%s → %s"), name, gpm_import_field_get_label (f));
      gtk_column_view_column_set_title (column, title != NULL ? title : name);
    }
}

#define MIN_CELL_CHARS 14

static void
setup_cell (GtkSignalListItemFactory *factory,
            GtkListItem              *item)
{
  GtkWidget *label = gtk_label_new (NULL);

  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_label_set_ellipsize (GTK_LABEL (label), PANGO_ELLIPSIZE_END);
  gtk_label_set_max_width_chars (GTK_LABEL (label), 28);
  gtk_label_set_single_line_mode (GTK_LABEL (label), TRUE);
  gtk_list_item_set_child (item, label);
}

/* How narrow a cell may get: all of a short value (the preview is there to check how
 * "7.43亿" or "2025年一季度" reads), a start of a long one; a narrow window scrolls the
 * table sideways instead of cutting every value to "7.…". Wide (CJK) characters count
 * twice, as GTK's width in characters is of Latin ones. */
static int
min_chars (const char *text)
{
  int width = 0;

  for (const char *p = text; *p != '\0' && width < MIN_CELL_CHARS; p = g_utf8_next_char (p))
    width += g_unichar_iswide (g_utf8_get_char (p)) ? 2 : 1;

  return MIN (width + 1, MIN_CELL_CHARS);   /* +1: the average Latin width is an estimate */
}

static void
bind_cell (GtkSignalListItemFactory *factory,
           GtkListItem              *item,
           GpmImportDialog          *self)
{
  guint column = GPOINTER_TO_UINT (g_object_get_data (G_OBJECT (factory), "gpm-column"));
  const char *index = gtk_string_object_get_string (gtk_list_item_get_item (item));
  guint row = (guint) g_ascii_strtoull (index, NULL, 10);
  const char *text = "";

  if (self->preview != NULL && row < self->preview->rows->len)
    {
      GStrv fields = g_ptr_array_index (self->preview->rows, row);

      if (column < g_strv_length (fields))
        text = fields[column];
    }
  gtk_label_set_text (GTK_LABEL (gtk_list_item_get_child (item)), text);
  gtk_label_set_width_chars (GTK_LABEL (gtk_list_item_get_child (item)), min_chars (text));
  gtk_widget_set_tooltip_text (gtk_list_item_get_child (item), text);
}

static void
fill_columns (GpmImportDialog *self)
{
  GListModel *columns = gtk_column_view_get_columns (self->preview_view);
  guint n_rows = self->preview->rows->len;
  g_autoptr(GPtrArray) numbers = g_ptr_array_new_with_free_func (g_free);

  while (g_list_model_get_n_items (columns) > 0)
    {
      g_autoptr(GtkColumnViewColumn) column = g_list_model_get_item (columns, 0);

      gtk_column_view_remove_column (self->preview_view, column);
    }
  for (guint i = 0; i < self->preview->n_columns; i++)
    {
      GtkListItemFactory *factory = gtk_signal_list_item_factory_new ();
      g_autoptr(GtkColumnViewColumn) column = NULL;

      g_object_set_data (G_OBJECT (factory), "gpm-column", GUINT_TO_POINTER (i));
      g_signal_connect (factory, "setup", G_CALLBACK (setup_cell), NULL);
      g_signal_connect_object (factory, "bind", G_CALLBACK (bind_cell), self, 0);
      column = gtk_column_view_column_new (self->preview->header[i], factory);
      gtk_column_view_column_set_resizable (column, TRUE);
      /* Columns that fill the card: a narrower table makes GTK 4.8 draw the scrolled
       * window's overshoot glow at the right. */
      gtk_column_view_column_set_expand (column, i + 1 == self->preview->n_columns);
      gtk_column_view_append_column (self->preview_view, column);
    }

  for (guint i = 0; i < n_rows; i++)
    g_ptr_array_add (numbers, g_strdup_printf ("%u", i));
  g_ptr_array_add (numbers, NULL);
  gtk_string_list_splice (self->rows_model, 0,
                          g_list_model_get_n_items (G_LIST_MODEL (self->rows_model)),
                          (const char * const *) numbers->pdata);
  /* The column view does not ask for the height of rows it has not made yet: room for
   * the header and a few rows, or the whole of a short file. */
  gtk_scrolled_window_set_min_content_height (self->preview_scroll,
                                              PREVIEW_HEADER_HEIGHT
                                              + PREVIEW_ROW_HEIGHT * MIN (n_rows, 6));
}

static void
describe_preview (GpmImportDialog *self)
{
  guint n_rows = self->preview->rows->len;
  g_autofree char *text = NULL;

  if (n_rows == 0)
    text = g_strdup (_("The file has a header but no rows"));
  else
    text = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                         "The first row, as read with these choices",
                                         "The first %u rows, as read with these choices",
                                         n_rows), n_rows);
  adw_preferences_group_set_description (self->preview_group, text);
}

/* Takes the columns and rows of self->preview. */
void
gpm_import_dialog_fill_table (GpmImportDialog *self)
{
  fill_columns (self);
  describe_preview (self);
  gpm_import_dialog_update_titles (self);
}

/* The rows of the table are the numbers of preview->rows, as strings. */
void
gpm_import_dialog_setup_table (GpmImportDialog *self)
{
  g_autoptr(GtkNoSelection) selection = NULL;

  self->rows_model = gtk_string_list_new (NULL);
  selection = gtk_no_selection_new (g_object_ref (G_LIST_MODEL (self->rows_model)));
  gtk_column_view_set_model (self->preview_view, GTK_SELECTION_MODEL (selection));
}
