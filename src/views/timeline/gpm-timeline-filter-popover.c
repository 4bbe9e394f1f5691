/* gpm-timeline-filter-popover.c — the filter of the Timeline page.
 *
 * Every change applies at once ("changed" is emitted), as analysts expect of a filter
 * beside a picture; a date that does not parse is marked beside its entry and left out
 * of the filter until it is fixed, rather than emptying the timeline.
 */

#include "config.h"

#include <math.h>

#include <glib/gi18n.h>

#include "gpm-timeline-filter-popover.h"
#include "gpm-timeline-text.h"
#include "gpm-vendor.h"

struct _GpmTimelineFilterPopover
{
  GtkPopover      parent_instance;

  GtkCheckButton *categories[GPM_TIMELINE_N_CATEGORIES];
  GtkBox         *vendors_box;
  GtkCheckButton *no_vendor_check;
  GArray         *vendor_ids;      /* gint64, parallel to vendor_checks */
  GPtrArray      *vendor_checks;   /* GtkCheckButton, borrowed */
  GHashTable     *hidden_vendors;  /* gint64 ids the user unticked, kept across reloads */
  GArray         *filter_ids;      /* gint64: the ids handed out by get_filter */
  GtkEntry       *from_entry;
  GtkEntry       *to_entry;
  GtkLabel       *range_error;
  gboolean        updating;
};

G_DEFINE_FINAL_TYPE (GpmTimelineFilterPopover, gpm_timeline_filter_popover, GTK_TYPE_POPOVER)

enum {
  SIGNAL_CHANGED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

static void
emit_changed (GpmTimelineFilterPopover *self)
{
  if (!self->updating)
    g_signal_emit (self, signals[SIGNAL_CHANGED], 0);
}

static void
on_vendor_toggled (GtkCheckButton           *check,
                   GpmTimelineFilterPopover *self)
{
  gint64 id = *(gint64 *) g_object_get_data (G_OBJECT (check), "vendor-id");

  if (gtk_check_button_get_active (check))
    g_hash_table_remove (self->hidden_vendors, &id);
  else
    g_hash_table_add (self->hidden_vendors, g_memdup2 (&id, sizeof id));
  emit_changed (self);
}

static GtkCheckButton *
add_check (GtkBox     *box,
           const char *label)
{
  GtkWidget *check = gtk_check_button_new_with_label (label);

  gtk_box_append (box, check);

  return GTK_CHECK_BUTTON (check);
}

static GtkCheckButton *
add_vendor_check (GpmTimelineFilterPopover *self,
                  gint64                    id,
                  const char               *label)
{
  GtkCheckButton *check = add_check (self->vendors_box, label);

  g_object_set_data_full (G_OBJECT (check), "vendor-id", g_memdup2 (&id, sizeof id), g_free);
  gtk_check_button_set_active (check, !g_hash_table_contains (self->hidden_vendors, &id));
  g_signal_connect (check, "toggled", G_CALLBACK (on_vendor_toggled), self);
  g_array_append_val (self->vendor_ids, id);
  g_ptr_array_add (self->vendor_checks, check);

  return check;
}

/* Rebuilds the vendor checks, keeping what the user unticked. */
void
gpm_timeline_filter_popover_set_vendors (GpmTimelineFilterPopover *self,
                                         GListModel               *vendors)
{
  GpmLanguage language = gpm_timeline_ui_language ();
  GtkWidget *child;

  g_return_if_fail (GPM_IS_TIMELINE_FILTER_POPOVER (self));

  self->updating = TRUE;
  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self->vendors_box))) != NULL)
    gtk_box_remove (self->vendors_box, child);
  g_array_set_size (self->vendor_ids, 0);
  g_ptr_array_set_size (self->vendor_checks, 0);

  for (guint i = 0; vendors != NULL && i < g_list_model_get_n_items (vendors); i++)
    {
      g_autoptr(GpmVendor) vendor = g_list_model_get_item (vendors, i);

      add_vendor_check (self, gpm_vendor_get_id (vendor),
                        gpm_timeline_vendor_name (vendor, language));
    }
  self->no_vendor_check = add_vendor_check (self, 0, _("No vendor named"));
  self->updating = FALSE;
}

static gboolean
parse_bound (GtkEntry *entry,
             gboolean  is_end,
             double   *days)
{
  const char *text = gtk_editable_get_text (GTK_EDITABLE (entry));
  double start, end;

  if (*text == '\0')
    {
      *days = is_end ? INFINITY : -INFINITY;
      return TRUE;
    }
  if (!gpm_timeline_period_to_days (text, &start, &end, NULL))
    return FALSE;
  *days = is_end ? end : start;

  return TRUE;
}

static void
on_range_changed (GpmTimelineFilterPopover *self)
{
  double from, to;
  gboolean from_ok = parse_bound (self->from_entry, FALSE, &from);
  gboolean to_ok = parse_bound (self->to_entry, TRUE, &to);
  const char *message = NULL;

  if (!from_ok || !to_ok)
    message = _("Type a year, half year, quarter, month or day: 2024, 2024-H2, 2024-Q3, "
                "2024-07 or 2024-07-15.");
  else if (from >= to)
    message = _("The range ends before it starts.");

  if (from_ok)
    gtk_widget_remove_css_class (GTK_WIDGET (self->from_entry), "error");
  else
    gtk_widget_add_css_class (GTK_WIDGET (self->from_entry), "error");
  if (to_ok)
    gtk_widget_remove_css_class (GTK_WIDGET (self->to_entry), "error");
  else
    gtk_widget_add_css_class (GTK_WIDGET (self->to_entry), "error");
  gtk_label_set_text (self->range_error, message != NULL ? message : "");
  gtk_widget_set_visible (GTK_WIDGET (self->range_error), message != NULL);

  emit_changed (self);
}

void
gpm_timeline_filter_popover_get_filter (GpmTimelineFilterPopover *self,
                                        GpmTimelineFilter        *filter)
{
  double from, to;

  g_return_if_fail (GPM_IS_TIMELINE_FILTER_POPOVER (self));
  g_return_if_fail (filter != NULL);

  gpm_timeline_filter_init (filter);
  filter->categories = 0;
  for (guint i = 0; i < GPM_TIMELINE_N_CATEGORIES; i++)
    if (gtk_check_button_get_active (self->categories[i]))
      filter->categories |= 1u << i;

  /* Every vendor ticked means "any vendor", so vendors added later show up too. */
  g_array_set_size (self->filter_ids, 0);
  if (g_hash_table_size (self->hidden_vendors) > 0)
    {
      for (guint i = 0; i < self->vendor_ids->len; i++)
        if (gtk_check_button_get_active (g_ptr_array_index (self->vendor_checks, i)))
          g_array_append_val (self->filter_ids, g_array_index (self->vendor_ids, gint64, i));
      filter->vendor_ids = (const gint64 *) (gpointer) self->filter_ids->data;
      filter->n_vendor_ids = self->filter_ids->len;
    }

  /* A bound that does not parse is left out rather than emptying the timeline. */
  if (parse_bound (self->from_entry, FALSE, &from) && parse_bound (self->to_entry, TRUE, &to)
      && from < to)
    {
      filter->from = from;
      filter->to = to;
    }
}

/* How many of the three kinds of restriction are in force. */
guint
gpm_timeline_filter_popover_get_n_active (GpmTimelineFilterPopover *self)
{
  GpmTimelineFilter filter;

  g_return_val_if_fail (GPM_IS_TIMELINE_FILTER_POPOVER (self), 0);

  gpm_timeline_filter_popover_get_filter (self, &filter);

  return (filter.categories != GPM_TIMELINE_ALL_CATEGORIES)
         + (filter.vendor_ids != NULL)
         + (isfinite (filter.from) || isfinite (filter.to));
}

void
gpm_timeline_filter_popover_reset (GpmTimelineFilterPopover *self)
{
  g_return_if_fail (GPM_IS_TIMELINE_FILTER_POPOVER (self));

  self->updating = TRUE;
  for (guint i = 0; i < GPM_TIMELINE_N_CATEGORIES; i++)
    gtk_check_button_set_active (self->categories[i], TRUE);
  for (guint i = 0; i < self->vendor_checks->len; i++)
    gtk_check_button_set_active (g_ptr_array_index (self->vendor_checks, i), TRUE);
  g_hash_table_remove_all (self->hidden_vendors);
  gtk_editable_set_text (GTK_EDITABLE (self->from_entry), "");
  gtk_editable_set_text (GTK_EDITABLE (self->to_entry), "");
  self->updating = FALSE;
  on_range_changed (self);
}

void
gpm_timeline_filter_popover_set_category (GpmTimelineFilterPopover *self,
                                          GpmTimelineCategory       category,
                                          gboolean                  shown)
{
  g_return_if_fail (GPM_IS_TIMELINE_FILTER_POPOVER (self));
  g_return_if_fail (category < GPM_TIMELINE_N_CATEGORIES);

  gtk_check_button_set_active (self->categories[category], shown);
}

void
gpm_timeline_filter_popover_set_range (GpmTimelineFilterPopover *self,
                                       const char               *from,
                                       const char               *to)
{
  g_return_if_fail (GPM_IS_TIMELINE_FILTER_POPOVER (self));

  self->updating = TRUE;
  gtk_editable_set_text (GTK_EDITABLE (self->from_entry), from != NULL ? from : "");
  self->updating = FALSE;
  gtk_editable_set_text (GTK_EDITABLE (self->to_entry), to != NULL ? to : "");
}

static GtkWidget *
heading (const char *text)
{
  GtkWidget *label = gtk_label_new (text);

  gtk_label_set_xalign (GTK_LABEL (label), 0.0);
  gtk_widget_add_css_class (label, "heading");

  return label;
}

static GtkEntry *
range_entry (GtkGrid    *grid,
             int         row,
             const char *mnemonic,
             const char *placeholder)
{
  GtkWidget *label = gtk_label_new_with_mnemonic (mnemonic);
  GtkWidget *entry = gtk_entry_new ();

  gtk_label_set_xalign (GTK_LABEL (label), 0.0);
  gtk_label_set_mnemonic_widget (GTK_LABEL (label), entry);
  gtk_entry_set_placeholder_text (GTK_ENTRY (entry), placeholder);
  gtk_editable_set_width_chars (GTK_EDITABLE (entry), 12);
  gtk_widget_set_hexpand (entry, TRUE);
  gtk_grid_attach (grid, label, 0, row, 1, 1);
  gtk_grid_attach (grid, entry, 1, row, 1, 1);

  return GTK_ENTRY (entry);
}

static void
on_reset_clicked (GpmTimelineFilterPopover *self)
{
  gpm_timeline_filter_popover_reset (self);
}

static void
gpm_timeline_filter_popover_finalize (GObject *object)
{
  GpmTimelineFilterPopover *self = GPM_TIMELINE_FILTER_POPOVER (object);

  g_array_unref (self->vendor_ids);
  g_ptr_array_unref (self->vendor_checks);
  g_array_unref (self->filter_ids);
  g_hash_table_unref (self->hidden_vendors);

  G_OBJECT_CLASS (gpm_timeline_filter_popover_parent_class)->finalize (object);
}

static void
gpm_timeline_filter_popover_class_init (GpmTimelineFilterPopoverClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = gpm_timeline_filter_popover_finalize;

  signals[SIGNAL_CHANGED] =
    g_signal_new ("changed", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0, NULL, NULL,
                  NULL, G_TYPE_NONE, 0);
}

static void
gpm_timeline_filter_popover_init (GpmTimelineFilterPopover *self)
{
  GtkWidget *scroller = gtk_scrolled_window_new ();
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 8);
  GtkWidget *categories = gtk_box_new (GTK_ORIENTATION_VERTICAL, 0);
  GtkWidget *grid = gtk_grid_new ();
  GtkWidget *reset = gtk_button_new_with_mnemonic (_("_Show Everything"));

  self->vendor_ids = g_array_new (FALSE, FALSE, sizeof (gint64));
  self->vendor_checks = g_ptr_array_new ();
  self->filter_ids = g_array_new (FALSE, FALSE, sizeof (gint64));
  self->hidden_vendors = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, NULL);

  gtk_widget_set_margin_top (box, 6);
  gtk_widget_set_margin_bottom (box, 6);
  gtk_widget_set_margin_start (box, 6);
  gtk_widget_set_margin_end (box, 6);

  gtk_box_append (GTK_BOX (box), heading (_("Categories")));
  for (guint i = 0; i < GPM_TIMELINE_N_CATEGORIES; i++)
    {
      self->categories[i] = add_check (GTK_BOX (categories), gpm_timeline_category_name (i));
      gtk_check_button_set_active (self->categories[i], TRUE);
      g_signal_connect_swapped (self->categories[i], "toggled", G_CALLBACK (emit_changed), self);
    }
  gtk_box_append (GTK_BOX (box), categories);

  gtk_box_append (GTK_BOX (box), heading (_("Vendors")));
  self->vendors_box = GTK_BOX (gtk_box_new (GTK_ORIENTATION_VERTICAL, 0));
  gtk_box_append (GTK_BOX (box), GTK_WIDGET (self->vendors_box));
  gpm_timeline_filter_popover_set_vendors (self, NULL);

  gtk_box_append (GTK_BOX (box), heading (_("Dates")));
  gtk_grid_set_row_spacing (GTK_GRID (grid), 6);
  gtk_grid_set_column_spacing (GTK_GRID (grid), 12);
  self->from_entry = range_entry (GTK_GRID (grid), 0, _("_From"), _("e.g. 2023"));
  self->to_entry = range_entry (GTK_GRID (grid), 1, _("_To"), _("e.g. 2025-Q2"));
  g_signal_connect_swapped (self->from_entry, "changed", G_CALLBACK (on_range_changed), self);
  g_signal_connect_swapped (self->to_entry, "changed", G_CALLBACK (on_range_changed), self);
  gtk_box_append (GTK_BOX (box), grid);
  self->range_error = GTK_LABEL (gtk_label_new (NULL));
  gtk_label_set_wrap (self->range_error, TRUE);
  gtk_label_set_max_width_chars (self->range_error, 30);
  gtk_label_set_xalign (self->range_error, 0.0);
  gtk_widget_add_css_class (GTK_WIDGET (self->range_error), "error");
  gtk_widget_set_visible (GTK_WIDGET (self->range_error), FALSE);
  gtk_box_append (GTK_BOX (box), GTK_WIDGET (self->range_error));
  gtk_accessible_update_relation (GTK_ACCESSIBLE (self->from_entry),
                                  GTK_ACCESSIBLE_RELATION_DESCRIBED_BY, self->range_error, NULL,
                                  -1);
  gtk_accessible_update_relation (GTK_ACCESSIBLE (self->to_entry),
                                  GTK_ACCESSIBLE_RELATION_DESCRIBED_BY, self->range_error, NULL,
                                  -1);

  gtk_widget_set_margin_top (reset, 6);
  g_signal_connect_swapped (reset, "clicked", G_CALLBACK (on_reset_clicked), self);
  gtk_box_append (GTK_BOX (box), reset);

  gtk_scrolled_window_set_policy (GTK_SCROLLED_WINDOW (scroller), GTK_POLICY_NEVER,
                                  GTK_POLICY_AUTOMATIC);
  gtk_scrolled_window_set_propagate_natural_height (GTK_SCROLLED_WINDOW (scroller), TRUE);
  gtk_scrolled_window_set_max_content_height (GTK_SCROLLED_WINDOW (scroller), 520);
  gtk_scrolled_window_set_child (GTK_SCROLLED_WINDOW (scroller), box);
  gtk_popover_set_child (GTK_POPOVER (self), scroller);
}

GtkWidget *
gpm_timeline_filter_popover_new (void)
{
  return g_object_new (GPM_TYPE_TIMELINE_FILTER_POPOVER, NULL);
}
