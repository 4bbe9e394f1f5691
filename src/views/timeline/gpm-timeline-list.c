/* gpm-timeline-list.c — the list mode of the Timeline page.
 *
 * A GtkColumnView over the page's filtered events, sorted by date unless the reader
 * clicks another column. Dates sort by when they start (a year before its first quarter),
 * not as text. Selecting a row selects the event on the page, so the detail pane follows.
 */

#include "config.h"

#include <glib/gi18n.h>

#include "gpm-event.h"
#include "gpm-timeline-list.h"
#include "gpm-timeline-text.h"

struct _GpmTimelineList
{
  GtkWidget           parent_instance;

  GtkScrolledWindow  *scroller;
  GtkColumnView      *column_view;
  GtkColumnViewColumn *date_column;
  GtkSortListModel   *sorted;
  GtkSingleSelection *selection;
  GListModel         *vendors;
  GpmLanguage         language;
  gboolean            selecting;
};

G_DEFINE_FINAL_TYPE (GpmTimelineList, gpm_timeline_list, GTK_TYPE_WIDGET)

enum {
  PROP_0,
  PROP_SELECTED_ID,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

typedef enum
{
  COLUMN_DATE,
  COLUMN_CATEGORY,
  COLUMN_VENDORS,
  COLUMN_TITLE,
  COLUMN_TITLE_ZH,
} Column;

static char *
cell_text (GpmTimelineList *self,
           GpmEvent        *event,
           Column           column)
{
  switch (column)
    {
    case COLUMN_DATE:
      return gpm_timeline_format_date (gpm_event_get_date (event));
    case COLUMN_CATEGORY:
      return g_strdup (gpm_timeline_event_category_name (event));
    case COLUMN_VENDORS:
      return gpm_timeline_format_vendors (event, self->vendors, self->language);
    case COLUMN_TITLE:
      return g_strdup (gpm_event_get_title (event));
    case COLUMN_TITLE_ZH:
    default:
      return g_strdup (gpm_event_get_title_zh (event));
    }
}

static void
setup_cell (GtkSignalListItemFactory *factory,
            GtkListItem              *item,
            gpointer                  user_data)
{
  GtkWidget *label = gtk_label_new (NULL);

  gtk_label_set_xalign (GTK_LABEL (label), 0.0);
  gtk_label_set_ellipsize (GTK_LABEL (label), PANGO_ELLIPSIZE_END);
  gtk_list_item_set_child (item, label);
}

static void
bind_cell (GtkSignalListItemFactory *factory,
           GtkListItem              *item,
           GpmTimelineList          *self)
{
  Column column = GPOINTER_TO_UINT (g_object_get_data (G_OBJECT (factory), "column"));
  g_autofree char *text = cell_text (self, gtk_list_item_get_item (item), column);
  GtkWidget *label = gtk_list_item_get_child (item);

  gtk_label_set_text (GTK_LABEL (label), text);
  gtk_widget_set_tooltip_text (label, column >= COLUMN_VENDORS && *text != '\0' ? text : NULL);
}

static int
compare_dates (gconstpointer a,
               gconstpointer b,
               gpointer      user_data)
{
  GpmPeriod pa, pb;
  gboolean ok_a = gpm_period_parse (gpm_event_get_date ((GpmEvent *) a), &pa, NULL);
  gboolean ok_b = gpm_period_parse (gpm_event_get_date ((GpmEvent *) b), &pb, NULL);

  if (!ok_a || !ok_b)
    return ok_a - ok_b;

  return gpm_period_compare (&pa, &pb);
}

static int
compare_texts (gconstpointer a,
               gconstpointer b,
               gpointer      user_data)
{
  GtkSorter *sorter = user_data;
  GpmTimelineList *self = g_object_get_data (G_OBJECT (sorter), "list");
  Column column = GPOINTER_TO_UINT (g_object_get_data (G_OBJECT (sorter), "column"));
  g_autofree char *x = cell_text (self, (GpmEvent *) a, column);
  g_autofree char *y = cell_text (self, (GpmEvent *) b, column);

  return g_utf8_collate (x, y);
}

static GtkColumnViewColumn *
add_column (GpmTimelineList *self,
            const char      *title,
            Column           column,
            gboolean         expand)
{
  GtkListItemFactory *factory = gtk_signal_list_item_factory_new ();
  GtkColumnViewColumn *view_column;
  GtkSorter *sorter;

  g_object_set_data (G_OBJECT (factory), "column", GUINT_TO_POINTER (column));
  g_signal_connect (factory, "setup", G_CALLBACK (setup_cell), self);
  g_signal_connect (factory, "bind", G_CALLBACK (bind_cell), self);
  view_column = gtk_column_view_column_new (title, factory);
  gtk_column_view_column_set_resizable (view_column, TRUE);
  gtk_column_view_column_set_expand (view_column, expand);

  if (column == COLUMN_DATE)
    {
      sorter = GTK_SORTER (gtk_custom_sorter_new (compare_dates, NULL, NULL));
    }
  else
    {
      sorter = GTK_SORTER (gtk_custom_sorter_new (compare_texts, NULL, NULL));
      gtk_custom_sorter_set_sort_func (GTK_CUSTOM_SORTER (sorter), compare_texts, sorter, NULL);
      g_object_set_data (G_OBJECT (sorter), "list", self);
      g_object_set_data (G_OBJECT (sorter), "column", GUINT_TO_POINTER (column));
    }
  gtk_column_view_column_set_sorter (view_column, sorter);
  g_object_unref (sorter);
  gtk_column_view_append_column (self->column_view, view_column);
  g_object_unref (view_column);

  /* Borrowed: the column view holds it. */
  return view_column;
}

void
gpm_timeline_list_set_models (GpmTimelineList *self,
                              GListModel      *events,
                              GListModel      *vendors)
{
  g_return_if_fail (GPM_IS_TIMELINE_LIST (self));

  g_set_object (&self->vendors, vendors);
  gtk_sort_list_model_set_model (self->sorted, events);
}

guint
gpm_timeline_list_get_n_rows (GpmTimelineList *self)
{
  g_return_val_if_fail (GPM_IS_TIMELINE_LIST (self), 0);

  return g_list_model_get_n_items (G_LIST_MODEL (self->sorted));
}

gint64
gpm_timeline_list_get_row_id (GpmTimelineList *self,
                              guint            position)
{
  g_autoptr(GpmEvent) event = NULL;

  g_return_val_if_fail (GPM_IS_TIMELINE_LIST (self), 0);

  event = g_list_model_get_item (G_LIST_MODEL (self->sorted), position);

  return event != NULL ? gpm_event_get_id (event) : 0;
}

gint64
gpm_timeline_list_get_selected (GpmTimelineList *self)
{
  GpmEvent *event;

  g_return_val_if_fail (GPM_IS_TIMELINE_LIST (self), 0);

  event = gtk_single_selection_get_selected_item (self->selection);

  return event != NULL ? gpm_event_get_id (event) : 0;
}

void
gpm_timeline_list_select (GpmTimelineList *self,
                          gint64           event_id)
{
  guint n, position = GTK_INVALID_LIST_POSITION;

  g_return_if_fail (GPM_IS_TIMELINE_LIST (self));

  if (gpm_timeline_list_get_selected (self) == event_id)
    return;

  n = g_list_model_get_n_items (G_LIST_MODEL (self->sorted));
  for (guint i = 0; i < n && event_id != 0; i++)
    if (gpm_timeline_list_get_row_id (self, i) == event_id)
      {
        position = i;
        break;
      }

  self->selecting = TRUE;
  gtk_single_selection_set_selected (self->selection, position);
  self->selecting = FALSE;
}

static void
on_selection_changed (GpmTimelineList *self)
{
  if (!self->selecting)
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SELECTED_ID]);
}

static void
gpm_timeline_list_get_property (GObject    *object,
                                guint       prop_id,
                                GValue     *value,
                                GParamSpec *pspec)
{
  switch (prop_id)
    {
    case PROP_SELECTED_ID:
      g_value_set_int64 (value, gpm_timeline_list_get_selected (GPM_TIMELINE_LIST (object)));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
gpm_timeline_list_dispose (GObject *object)
{
  GpmTimelineList *self = GPM_TIMELINE_LIST (object);

  if (self->scroller != NULL)
    {
      gtk_widget_unparent (GTK_WIDGET (self->scroller));
      self->scroller = NULL;
    }
  g_clear_object (&self->vendors);

  G_OBJECT_CLASS (gpm_timeline_list_parent_class)->dispose (object);
}

static void
gpm_timeline_list_class_init (GpmTimelineListClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = gpm_timeline_list_dispose;
  object_class->get_property = gpm_timeline_list_get_property;

  properties[PROP_SELECTED_ID] =
    g_param_spec_int64 ("selected-id", NULL, NULL, 0, G_MAXINT64, 0,
                        G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
}

static void
gpm_timeline_list_init (GpmTimelineList *self)
{
  self->language = gpm_timeline_ui_language ();
  self->sorted = gtk_sort_list_model_new (NULL, NULL);
  self->selection = gtk_single_selection_new (G_LIST_MODEL (self->sorted));
  gtk_single_selection_set_autoselect (self->selection, FALSE);
  gtk_single_selection_set_can_unselect (self->selection, TRUE);
  g_signal_connect_swapped (self->selection, "notify::selected-item",
                            G_CALLBACK (on_selection_changed), self);

  self->column_view = GTK_COLUMN_VIEW (gtk_column_view_new (GTK_SELECTION_MODEL (
                                                              self->selection)));
  gtk_column_view_set_show_column_separators (self->column_view, TRUE);
  gtk_widget_add_css_class (GTK_WIDGET (self->column_view), "data-table");
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->column_view),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, _("Events"), -1);

  self->date_column = add_column (self, _("Date"), COLUMN_DATE, FALSE);
  add_column (self, _("Category"), COLUMN_CATEGORY, FALSE);
  add_column (self, _("Vendors"), COLUMN_VENDORS, FALSE);
  add_column (self, _("Title"), COLUMN_TITLE, TRUE);
  add_column (self, _("Chinese Title"), COLUMN_TITLE_ZH, TRUE);
  gtk_sort_list_model_set_sorter (self->sorted, gtk_column_view_get_sorter (self->column_view));
  gtk_column_view_sort_by_column (self->column_view, self->date_column, GTK_SORT_ASCENDING);

  self->scroller = GTK_SCROLLED_WINDOW (gtk_scrolled_window_new ());
  gtk_scrolled_window_set_child (self->scroller, GTK_WIDGET (self->column_view));
  gtk_widget_set_parent (GTK_WIDGET (self->scroller), GTK_WIDGET (self));
}

GtkWidget *
gpm_timeline_list_new (void)
{
  return g_object_new (GPM_TYPE_TIMELINE_LIST, NULL);
}
