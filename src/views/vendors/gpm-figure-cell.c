/* gpm-figure-cell.c — a figure in a table, with its provenance one hover or key away.
 *
 * The tooltip serves the mouse; the popover (click, Enter or Space) serves the keyboard
 * and touch, and holds the figure's Edit and Delete buttons, which call the page's
 * vendors.edit-figure and vendors.delete-figure actions with the figure's id. An empty
 * cell shows a dash and takes no focus, so Tab moves from figure to figure.
 */

#include "config.h"

#include <glib/gi18n.h>

#include "gpm-figure-cell.h"
#include "gpm-observation.h"
#include "gpm-vendor-format.h"

struct _GpmFigureCell
{
  GtkButton   parent_instance;

  GtkLabel   *label;
  GtkPopover *popover;
  GPtrArray  *figures;
  char       *tooltip;
};

G_DEFINE_FINAL_TYPE (GpmFigureCell, gpm_figure_cell, GTK_TYPE_BUTTON)

static GtkWidget *
figure_buttons (GpmObservation *figure,
                gboolean        several)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 6);
  GtkWidget *edit, *delete;
  g_autofree char *edit_label = NULL;
  gint64 id = gpm_observation_get_id (figure);

  /* With a range in one cell, each button names the figure it acts on. */
  edit_label = several ? g_strdup_printf (_("_Edit %s…"), gpm_observation_get_period (figure))
                       : g_strdup (_("_Edit…"));
  edit = gtk_button_new_with_mnemonic (edit_label);
  gtk_actionable_set_action_name (GTK_ACTIONABLE (edit), "vendors.edit-figure");
  gtk_actionable_set_action_target (GTK_ACTIONABLE (edit), "x", id);

  delete = gtk_button_new_with_mnemonic (_("_Delete"));
  gtk_widget_add_css_class (delete, "destructive-action");
  gtk_actionable_set_action_name (GTK_ACTIONABLE (delete), "vendors.delete-figure");
  gtk_actionable_set_action_target (GTK_ACTIONABLE (delete), "x", id);

  gtk_box_append (GTK_BOX (box), edit);
  gtk_box_append (GTK_BOX (box), delete);
  gtk_widget_set_halign (box, GTK_ALIGN_END);

  return box;
}

static void
build_popover (GpmFigureCell *self)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 12);
  GtkWidget *text = gtk_label_new (NULL);

  gtk_label_set_markup (GTK_LABEL (text), self->tooltip);
  gtk_label_set_wrap (GTK_LABEL (text), TRUE);
  gtk_label_set_wrap_mode (GTK_LABEL (text), PANGO_WRAP_WORD_CHAR);
  gtk_label_set_max_width_chars (GTK_LABEL (text), 48);
  gtk_label_set_selectable (GTK_LABEL (text), TRUE);
  gtk_label_set_xalign (GTK_LABEL (text), 0);
  gtk_box_append (GTK_BOX (box), text);

  for (guint i = 0; i < self->figures->len; i++)
    gtk_box_append (GTK_BOX (box), figure_buttons (g_ptr_array_index (self->figures, i),
                                                   self->figures->len > 1));

  if (self->popover == NULL)
    {
      self->popover = GTK_POPOVER (gtk_popover_new ());
      gtk_widget_set_parent (GTK_WIDGET (self->popover), GTK_WIDGET (self));
    }
  gtk_popover_set_child (self->popover, box);
}

/**
 * gpm_figure_cell_popup:
 *
 * Shows the figure's quote, source and edit buttons, as a click does.
 */
void
gpm_figure_cell_popup (GpmFigureCell *self)
{
  g_return_if_fail (GPM_IS_FIGURE_CELL (self));

  if (self->figures == NULL || self->figures->len == 0)
    return;

  build_popover (self);
  gtk_popover_popup (self->popover);
}

static void
gpm_figure_cell_clicked (GtkButton *button)
{
  gpm_figure_cell_popup (GPM_FIGURE_CELL (button));
}

static void
gpm_figure_cell_size_allocate (GtkWidget *widget,
                               int        width,
                               int        height,
                               int        baseline)
{
  GpmFigureCell *self = GPM_FIGURE_CELL (widget);

  GTK_WIDGET_CLASS (gpm_figure_cell_parent_class)->size_allocate (widget, width, height,
                                                                  baseline);
  if (self->popover != NULL)
    gtk_popover_present (self->popover);
}

static void
gpm_figure_cell_dispose (GObject *object)
{
  GpmFigureCell *self = GPM_FIGURE_CELL (object);

  if (self->popover != NULL)
    {
      gtk_widget_unparent (GTK_WIDGET (self->popover));
      self->popover = NULL;
    }
  g_clear_pointer (&self->figures, g_ptr_array_unref);

  G_OBJECT_CLASS (gpm_figure_cell_parent_class)->dispose (object);
}

static void
gpm_figure_cell_finalize (GObject *object)
{
  GpmFigureCell *self = GPM_FIGURE_CELL (object);

  g_free (self->tooltip);

  G_OBJECT_CLASS (gpm_figure_cell_parent_class)->finalize (object);
}

static void
gpm_figure_cell_class_init (GpmFigureCellClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  GtkButtonClass *button_class = GTK_BUTTON_CLASS (klass);

  object_class->dispose = gpm_figure_cell_dispose;
  object_class->finalize = gpm_figure_cell_finalize;
  widget_class->size_allocate = gpm_figure_cell_size_allocate;
  button_class->clicked = gpm_figure_cell_clicked;

  gtk_widget_class_set_css_name (widget_class, "button");
}

static void
gpm_figure_cell_init (GpmFigureCell *self)
{
  self->label = GTK_LABEL (gtk_label_new ("—"));
  gtk_label_set_xalign (self->label, 1.0);
  gtk_button_set_child (GTK_BUTTON (self), GTK_WIDGET (self->label));
  gtk_widget_add_css_class (GTK_WIDGET (self), "flat");
  gtk_widget_add_css_class (GTK_WIDGET (self), "gpm-figure-cell");
  gtk_widget_set_focusable (GTK_WIDGET (self), FALSE);
}

GtkWidget *
gpm_figure_cell_new (void)
{
  return g_object_new (GPM_TYPE_FIGURE_CELL, NULL);
}

/**
 * gpm_figure_cell_set_figures:
 * @figures: (nullable) (element-type GpmObservation): the figures of one metric and
 *   period, or %NULL for an empty cell
 * @sources: (nullable): source id (gint64) → #GpmSource, for citations
 */
void
gpm_figure_cell_set_figures (GpmFigureCell *self,
                             GPtrArray     *figures,
                             const char    *metric_label,
                             GHashTable    *sources,
                             GpmLanguage    language)
{
  gboolean empty = figures == NULL || figures->len == 0;
  g_autofree char *markup = NULL;
  g_autofree char *accessible = NULL;
  GtkWidget *widget = GTK_WIDGET (self);

  g_return_if_fail (GPM_IS_FIGURE_CELL (self));

  if (self->popover != NULL)
    gtk_popover_popdown (self->popover);
  g_clear_pointer (&self->figures, g_ptr_array_unref);
  g_clear_pointer (&self->tooltip, g_free);
  if (!empty)
    self->figures = g_ptr_array_ref (figures);

  markup = empty ? g_strdup ("—") : gpm_figures_markup (figures, language);
  gtk_label_set_markup (self->label, markup);

  self->tooltip = empty ? NULL : gpm_figures_tooltip_markup (figures, metric_label, sources,
                                                             language);
  gtk_widget_set_tooltip_markup (widget, self->tooltip);
  gtk_widget_set_focusable (widget, !empty);
  gtk_widget_set_can_target (widget, !empty);

  if (!empty && gpm_figures_any_doubtful (figures))
    gtk_widget_add_css_class (widget, "warning");
  else
    gtk_widget_remove_css_class (widget, "warning");
  if (empty)
    gtk_widget_add_css_class (widget, "dim-label");
  else
    gtk_widget_remove_css_class (widget, "dim-label");

  accessible = empty ? g_strdup (_("No figure"))
                     : gpm_figures_accessible_label (figures, metric_label, sources, language);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, accessible,
                                  GTK_ACCESSIBLE_PROPERTY_DESCRIPTION,
                                  empty ? "" : gpm_observation_get_quote (
                                                 g_ptr_array_index (figures, 0)),
                                  -1);
}

/**
 * gpm_figure_cell_get_figures:
 *
 * Returns: (transfer none) (nullable): the figures shown, or %NULL for an empty cell
 */
GPtrArray *
gpm_figure_cell_get_figures (GpmFigureCell *self)
{
  g_return_val_if_fail (GPM_IS_FIGURE_CELL (self), NULL);

  return self->figures;
}

/* The text as shown, without markup: "⚠ ¥4.26B". */
const char *
gpm_figure_cell_get_text (GpmFigureCell *self)
{
  g_return_val_if_fail (GPM_IS_FIGURE_CELL (self), NULL);

  return gtk_label_get_text (self->label);
}
