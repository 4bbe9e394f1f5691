/* gpm-vendor-row.c — one row of the vendor list.
 *
 * Rows are recycled by the list view, so everything shown is set in
 * gpm_vendor_row_set_vendor () from the vendor and its summary (a copy, so a summary
 * reload never leaves a row pointing at freed figures). The sparkline is drawn by the
 * engine's gpm_sparkline_render () in the theme's text and warning colours.
 *
 * The row is built in code, not from a template, and its optional parts only when
 * needed: GTK 4.8's list view keeps about 200 rows alive and makes new ones whenever a
 * filter swaps the list's contents, so the cost of making a row is most of the cost of
 * a keystroke with 1,000 vendors (a template took 0.1 ms a row).
 */

#include "config.h"

#include <math.h>

#include <glib/gi18n.h>

#include "gpm-number-format.h"
#include "gpm-sparkline.h"
#include "gpm-vendor-format.h"
#include "gpm-vendor-row.h"

struct _GpmVendorRow
{
  GtkWidget         parent_instance;

  GtkBox           *box;
  GtkCheckButton   *check;          /* made on first use: most rows never compare */
  GtkLabel         *name_label;
  GtkLabel         *badge;
  GtkLabel         *secondary_label;
  GtkLabel         *details_label;
  GtkWidget        *revenue_box;    /* made on first use: most vendors have no revenue */
  GtkDrawingArea   *sparkline;
  GtkLabel         *revenue_label;

  GpmVendor        *vendor;
  GpmVendorSummary *summary;
  char             *badge_class;
};

G_DEFINE_FINAL_TYPE (GpmVendorRow, gpm_vendor_row, GTK_TYPE_WIDGET)

enum {
  COMPARE_TOGGLED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

G_STATIC_ASSERT ((int) GPM_SPARKLINE_FORECAST == (int) GPM_FIGURE_FORECAST);
G_STATIC_ASSERT ((int) GPM_SPARKLINE_DOUBTFUL == (int) GPM_FIGURE_DOUBTFUL);

static void
to_rgba (const GdkRGBA *in,
         GpmRgba       *out)
{
  out->red = in->red;
  out->green = in->green;
  out->blue = in->blue;
  out->alpha = in->alpha;
}

static void
draw_sparkline (GtkDrawingArea *area,
                cairo_t        *cr,
                int             width,
                int             height,
                gpointer        user_data)
{
  GpmVendorRow *self = user_data;
  GtkStyleContext *context = gtk_widget_get_style_context (GTK_WIDGET (area));
  GdkRGBA fg, warning;
  GpmRgba color, warning_color;

  if (self->summary == NULL || self->summary->n_revenue == 0)
    return;

  gtk_style_context_get_color (context, &fg);
  if (!gtk_style_context_lookup_color (context, "warning_color", &warning))
    warning = fg;
  to_rgba (&fg, &color);
  to_rgba (&warning, &warning_color);

  gpm_sparkline_render (cr, width, height, self->summary->revenue,
                        self->summary->revenue_flags, self->summary->n_revenue,
                        &color, &warning_color);
}

static void
gpm_vendor_row_dispose (GObject *object)
{
  GpmVendorRow *self = GPM_VENDOR_ROW (object);
  GtkWidget *child;

  g_clear_object (&self->vendor);
  g_clear_pointer (&self->summary, gpm_vendor_summary_free);
  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self))) != NULL)
    gtk_widget_unparent (child);

  G_OBJECT_CLASS (gpm_vendor_row_parent_class)->dispose (object);
}

static void
gpm_vendor_row_finalize (GObject *object)
{
  g_free (GPM_VENDOR_ROW (object)->badge_class);

  G_OBJECT_CLASS (gpm_vendor_row_parent_class)->finalize (object);
}

static void
gpm_vendor_row_class_init (GpmVendorRowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = gpm_vendor_row_dispose;
  object_class->finalize = gpm_vendor_row_finalize;

  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);

  /**
   * GpmVendorRow::compare-toggled:
   * @active: whether the user ticked the vendor for comparison
   */
  signals[COMPARE_TOGGLED] = g_signal_new ("compare-toggled", G_TYPE_FROM_CLASS (klass),
                                           G_SIGNAL_RUN_LAST, 0, NULL, NULL, NULL,
                                           G_TYPE_NONE, 1, G_TYPE_BOOLEAN);
}

static GtkLabel *
new_label (GtkBox     *box,
           const char *style,
           const char *style2)
{
  GtkWidget *label = gtk_label_new (NULL);

  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_label_set_ellipsize (GTK_LABEL (label), PANGO_ELLIPSIZE_END);
  if (style != NULL)
    gtk_widget_add_css_class (label, style);
  if (style2 != NULL)
    gtk_widget_add_css_class (label, style2);
  gtk_box_append (box, label);

  return GTK_LABEL (label);
}

static void
build (GpmVendorRow *self)
{
  GtkBox *names = GTK_BOX (gtk_box_new (GTK_ORIENTATION_VERTICAL, 2));
  GtkBox *title = GTK_BOX (gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 6));

  self->box = GTK_BOX (gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 10));
  gtk_widget_set_margin_top (GTK_WIDGET (self->box), 6);
  gtk_widget_set_margin_bottom (GTK_WIDGET (self->box), 6);
  gtk_widget_set_parent (GTK_WIDGET (self->box), GTK_WIDGET (self));

  gtk_widget_set_hexpand (GTK_WIDGET (names), TRUE);
  gtk_box_append (self->box, GTK_WIDGET (names));
  gtk_box_append (names, GTK_WIDGET (title));
  self->name_label = new_label (title, "heading", NULL);
  self->badge = new_label (title, "gpm-badge", NULL);
  gtk_label_set_ellipsize (self->badge, PANGO_ELLIPSIZE_NONE);
  gtk_widget_set_valign (GTK_WIDGET (self->badge), GTK_ALIGN_CENTER);
  gtk_widget_set_halign (GTK_WIDGET (self->badge), GTK_ALIGN_START);
  gtk_widget_set_hexpand (GTK_WIDGET (self->badge), TRUE);
  self->secondary_label = new_label (names, "dim-label", NULL);
  self->details_label = new_label (names, "caption", "dim-label");
}

static void
ensure_revenue_box (GpmVendorRow *self)
{
  GtkBox *revenue;

  if (self->revenue_box != NULL)
    return;

  revenue = GTK_BOX (gtk_box_new (GTK_ORIENTATION_VERTICAL, 2));
  self->revenue_box = GTK_WIDGET (revenue);
  gtk_widget_set_valign (self->revenue_box, GTK_ALIGN_CENTER);
  gtk_box_append (self->box, self->revenue_box);

  self->sparkline = GTK_DRAWING_AREA (gtk_drawing_area_new ());
  gtk_drawing_area_set_content_width (self->sparkline, 60);
  gtk_drawing_area_set_content_height (self->sparkline, 22);
  gtk_drawing_area_set_draw_func (self->sparkline, draw_sparkline, self, NULL);
  gtk_widget_set_halign (GTK_WIDGET (self->sparkline), GTK_ALIGN_END);
  gtk_box_append (revenue, GTK_WIDGET (self->sparkline));

  self->revenue_label = new_label (revenue, "caption", "numeric");
  gtk_label_set_xalign (self->revenue_label, 1);
  gtk_label_set_ellipsize (self->revenue_label, PANGO_ELLIPSIZE_NONE);
}

static void
on_check_toggled (GpmVendorRow *self)
{
  g_signal_emit (self, signals[COMPARE_TOGGLED], 0,
                 gtk_check_button_get_active (self->check));
}

static void
ensure_check (GpmVendorRow *self)
{
  if (self->check != NULL)
    return;

  self->check = GTK_CHECK_BUTTON (gtk_check_button_new ());
  gtk_widget_set_valign (GTK_WIDGET (self->check), GTK_ALIGN_CENTER);
  gtk_widget_set_tooltip_text (GTK_WIDGET (self->check), _("Compare this vendor"));
  gtk_box_prepend (self->box, GTK_WIDGET (self->check));
  g_signal_connect_swapped (self->check, "toggled", G_CALLBACK (on_check_toggled), self);
}

static void
gpm_vendor_row_init (GpmVendorRow *self)
{
  build (self);
}

GtkWidget *
gpm_vendor_row_new (void)
{
  return g_object_new (GPM_TYPE_VENDOR_ROW, NULL);
}

/* "GPGPU · Graphics · Domestic", or the role for companies that are not chipmakers. */
static char *
details_text (GpmVendor *vendor)
{
  g_autofree char *segments = gpm_segments_text (vendor);
  const char *role = gpm_vendor_get_role (vendor);
  const char *origin = gpm_vendor_is_domestic (vendor) ? C_("origin", "Domestic")
                                                       : C_("origin", "Foreign");

  if (!g_str_equal (role, "chipmaker") || *segments == '\0')
    return g_strdup_printf ("%s · %s", gpm_role_label (role), origin);

  return g_strdup_printf ("%s · %s", segments, origin);
}

static void
set_badge (GpmVendorRow *self,
           const char   *status)
{
  gboolean shown = g_strcmp0 (status, "unknown") != 0 && *status != '\0';

  if (self->badge_class != NULL)
    gtk_widget_remove_css_class (GTK_WIDGET (self->badge), self->badge_class);
  g_free (self->badge_class);
  self->badge_class = g_strdup (status);
  gtk_widget_add_css_class (GTK_WIDGET (self->badge), status);

  gtk_label_set_text (self->badge, gpm_listing_status_label (status));
  gtk_widget_set_visible (GTK_WIDGET (self->badge), shown);
}

static char *
revenue_text (const GpmVendorSummary *summary,
              GpmLanguage             language)
{
  g_autofree char *value = NULL;

  if (summary == NULL || isnan (summary->latest_revenue))
    return NULL;

  value = gpm_number_format (language, summary->latest_revenue, summary->latest_revenue_unit,
                             GPM_NUMBER_SHORT);
  /* Translators: latest revenue and its period in the vendor list, e.g. "¥743M · 2024" */
  return g_strdup_printf (_("%s · %s"), value, summary->latest_revenue_period);
}

/* "a, b, d": the parts that are neither NULL nor empty. */
static char *
join_nonempty (const char * const *parts,
               guint               n_parts)
{
  g_autoptr(GString) text = g_string_new (NULL);

  for (guint i = 0; i < n_parts; i++)
    if (parts[i] != NULL && *parts[i] != '\0')
      g_string_append_printf (text, "%s%s", text->len > 0 ? ", " : "", parts[i]);

  return g_string_free (g_steal_pointer (&text), FALSE);
}

/**
 * gpm_vendor_row_set_vendor:
 * @summary: (nullable): the vendor's figures for the list, copied
 */
void
gpm_vendor_row_set_vendor (GpmVendorRow           *self,
                           GpmVendor              *vendor,
                           const GpmVendorSummary *summary,
                           GpmLanguage             language)
{
  g_autofree char *details = NULL;
  g_autofree char *revenue = NULL;
  g_autofree char *accessible = NULL;
  const char *parts[5];
  const char *secondary;

  g_return_if_fail (GPM_IS_VENDOR_ROW (self));
  g_return_if_fail (GPM_IS_VENDOR (vendor));

  g_set_object (&self->vendor, vendor);
  g_clear_pointer (&self->summary, gpm_vendor_summary_free);
  if (summary != NULL)
    self->summary = gpm_vendor_summary_copy (summary);

  secondary = gpm_vendor_secondary_name (vendor, language);
  gtk_label_set_text (self->name_label, gpm_vendor_primary_name (vendor, language));
  gtk_label_set_text (self->secondary_label, secondary);
  gtk_widget_set_visible (GTK_WIDGET (self->secondary_label), *secondary != '\0');
  set_badge (self, gpm_vendor_get_listing_status (vendor));

  details = details_text (vendor);
  gtk_label_set_text (self->details_label, details);

  revenue = revenue_text (self->summary, language);
  if (revenue != NULL)
    ensure_revenue_box (self);
  if (self->revenue_box != NULL)
    {
      gtk_label_set_text (self->revenue_label, revenue != NULL ? revenue : "");
      gtk_widget_set_visible (self->revenue_box, revenue != NULL);
      gtk_widget_set_visible (GTK_WIDGET (self->sparkline),
                              self->summary != NULL && self->summary->n_revenue > 1);
      gtk_widget_queue_draw (GTK_WIDGET (self->sparkline));
    }

  /* What a screen reader says for the row: all that is shown, in reading order. */
  parts[0] = gpm_vendor_primary_name (vendor, language);
  parts[1] = secondary;
  parts[2] = gpm_listing_status_label (gpm_vendor_get_listing_status (vendor));
  parts[3] = details;
  parts[4] = revenue;
  accessible = join_nonempty (parts, G_N_ELEMENTS (parts));
  gtk_accessible_update_property (GTK_ACCESSIBLE (self), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  accessible, -1);
}

/**
 * gpm_vendor_row_get_vendor:
 *
 * Returns: (transfer none) (nullable): the vendor shown
 */
GpmVendor *
gpm_vendor_row_get_vendor (GpmVendorRow *self)
{
  g_return_val_if_fail (GPM_IS_VENDOR_ROW (self), NULL);

  return self->vendor;
}

void
gpm_vendor_row_set_compare (GpmVendorRow *self,
                            gboolean      compare_mode,
                            gboolean      checked)
{
  g_return_if_fail (GPM_IS_VENDOR_ROW (self));

  if (!compare_mode && self->check == NULL)
    return;

  ensure_check (self);
  gtk_widget_set_visible (GTK_WIDGET (self->check), compare_mode);
  /* Showing the state is not the user ticking: no compare-toggled for it. */
  g_signal_handlers_block_by_func (self->check, on_check_toggled, self);
  gtk_check_button_set_active (self->check, checked);
  g_signal_handlers_unblock_by_func (self->check, on_check_toggled, self);
}

/**
 * gpm_vendor_row_get_check:
 *
 * Returns: (transfer none) (nullable): the check button that picks the vendor for
 *   comparison, once the row has been in compare mode
 */
GtkCheckButton *
gpm_vendor_row_get_check (GpmVendorRow *self)
{
  g_return_val_if_fail (GPM_IS_VENDOR_ROW (self), NULL);

  return self->check;
}
