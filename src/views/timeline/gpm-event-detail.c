/* gpm-event-detail.c — the detail pane of the Timeline page.
 *
 * Everything an analyst needs to trust an event in one place: the date said with its
 * precision, the category, the vendors (each a button to its profile), the titles in
 * both languages and the sentence it was quoted from, with its source.
 */

#include "config.h"

#include <glib/gi18n.h>

#include "gpm-event-detail.h"
#include "gpm-source.h"
#include "gpm-timeline-text.h"
#include "gpm-vendor.h"

struct _GpmEventDetail
{
  GtkWidget   parent_instance;

  GpmEvent   *event;

  GtkWidget  *box;
  GtkLabel   *heading_label;
  GtkLabel   *title_label;
  GtkLabel   *date_label;
  GtkLabel   *category_label;
  GtkFlowBox *vendors_box;
  GtkLabel   *title_en_label;
  GtkLabel   *title_zh_label;
  GtkLabel   *quote_label;
  GtkLabel   *source_label;
  GtkLabel   *note_label;
  guint       n_vendor_buttons;
};

G_DEFINE_FINAL_TYPE (GpmEventDetail, gpm_event_detail, GTK_TYPE_WIDGET)

static GObject *
find_item (GListModel *model,
           gint64      id,
           gint64    (*get_id) (gpointer))
{
  for (guint i = 0; model != NULL && i < g_list_model_get_n_items (model); i++)
    {
      g_autoptr(GObject) item = g_list_model_get_item (model, i);

      if (get_id (item) == id)
        return g_steal_pointer (&item);
    }

  return NULL;
}

static void
fill_vendors (GpmEventDetail *self,
              GListModel     *vendors)
{
  GpmLanguage language = gpm_timeline_ui_language ();
  const gint64 *ids;
  guint n_ids;
  GtkWidget *child;

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self->vendors_box))) != NULL)
    gtk_flow_box_remove (self->vendors_box, child);
  self->n_vendor_buttons = 0;
  ids = gpm_event_get_vendor_ids (self->event, &n_ids);
  for (guint i = 0; i < n_ids; i++)
    {
      g_autoptr(GObject) vendor = find_item (vendors, ids[i],
                                             (gint64 (*) (gpointer)) gpm_vendor_get_id);
      GtkWidget *button;

      if (vendor == NULL)
        continue;
      button = gtk_button_new_with_label (gpm_timeline_vendor_name (GPM_VENDOR (vendor),
                                                                    language));
      gtk_widget_set_tooltip_text (button, _("Show this vendor on the Vendors page"));
      gtk_actionable_set_action_name (GTK_ACTIONABLE (button), "timeline.show-vendor");
      gtk_actionable_set_action_target (GTK_ACTIONABLE (button), "x", ids[i]);
      gtk_flow_box_append (self->vendors_box, button);
      self->n_vendor_buttons++;
    }

  if (self->n_vendor_buttons == 0)
    {
      GtkWidget *none = gtk_label_new (_("None named"));

      gtk_label_set_xalign (GTK_LABEL (none), 0.0);
      gtk_widget_add_css_class (none, "dim-label");
      gtk_flow_box_append (self->vendors_box, none);
    }
}

static void
fill_source (GpmEventDetail *self,
             GListModel     *sources)
{
  g_autoptr(GObject) item = find_item (sources, gpm_event_get_source_id (self->event),
                                       (gint64 (*) (gpointer)) gpm_source_get_id);
  g_autofree char *markup = NULL;
  g_autofree char *title = NULL;
  g_autofree char *publisher = NULL;
  GpmSource *source = (GpmSource *) item;

  if (source == NULL)
    {
      gtk_label_set_text (self->source_label, "");
      return;
    }

  title = g_markup_escape_text (gpm_source_get_title (source), -1);
  publisher = g_markup_escape_text (gpm_source_get_publisher (source), -1);
  if (gpm_source_get_url (source) != NULL && *gpm_source_get_url (source) != '\0')
    {
      g_autofree char *url = g_markup_escape_text (gpm_source_get_url (source), -1);

      /* Translators: the source of a quote: publisher, then the linked title */
      markup = g_strdup_printf (_("%s, <a href=\"%s\">%s</a>"), publisher, url, title);
    }
  else
    {
      /* Translators: the source of a quote: publisher, then the title */
      markup = g_strdup_printf (_("%s, %s"), publisher, title);
    }
  if (gpm_source_get_published (source) != NULL && *gpm_source_get_published (source) != '\0')
    {
      g_autofree char *dated = g_strdup_printf ("%s (%s)", markup,
                                                gpm_source_get_published (source));

      g_free (markup);
      markup = g_steal_pointer (&dated);
    }
  gtk_label_set_markup (self->source_label, markup);
}

void
gpm_event_detail_set_event (GpmEventDetail *self,
                            GpmEvent       *event,
                            GListModel     *vendors,
                            GListModel     *sources)
{
  GpmLanguage language = gpm_timeline_ui_language ();
  g_autofree char *date = NULL;
  g_autofree char *quote = NULL;
  const char *title_zh;

  g_return_if_fail (GPM_IS_EVENT_DETAIL (self));
  g_return_if_fail (event == NULL || GPM_IS_EVENT (event));

  g_set_object (&self->event, event);
  if (event == NULL)
    return;

  date = gpm_timeline_format_date (gpm_event_get_date (event));
  /* Translators: a sentence quoted from a source */
  quote = g_strdup_printf (_("“%s”"), gpm_event_get_quote (event));
  title_zh = gpm_event_get_title_zh (event);

  gtk_label_set_text (self->title_label, gpm_timeline_event_title (event, language));
  gtk_label_set_text (self->date_label, date);
  gtk_label_set_text (self->category_label, gpm_timeline_event_category_name (event));
  gtk_label_set_text (self->title_en_label, gpm_event_get_title (event));
  gtk_label_set_text (self->title_zh_label, title_zh != NULL && *title_zh != '\0'
                                            ? title_zh : _("None given"));
  gtk_label_set_text (self->quote_label, quote);
  gtk_label_set_text (self->note_label, gpm_event_get_note (event));
  gtk_widget_set_visible (GTK_WIDGET (self->note_label),
                          gpm_event_get_note (event) != NULL
                          && *gpm_event_get_note (event) != '\0');
  fill_vendors (self, vendors);
  fill_source (self, sources);
}

GpmEvent *
gpm_event_detail_get_event (GpmEventDetail *self)
{
  g_return_val_if_fail (GPM_IS_EVENT_DETAIL (self), NULL);

  return self->event;
}

const char *
gpm_event_detail_get_quote (GpmEventDetail *self)
{
  g_return_val_if_fail (GPM_IS_EVENT_DETAIL (self), NULL);

  return gtk_label_get_text (self->quote_label);
}

const char *
gpm_event_detail_get_date (GpmEventDetail *self)
{
  g_return_val_if_fail (GPM_IS_EVENT_DETAIL (self), NULL);

  return gtk_label_get_text (self->date_label);
}

guint
gpm_event_detail_get_n_vendor_buttons (GpmEventDetail *self)
{
  g_return_val_if_fail (GPM_IS_EVENT_DETAIL (self), 0);

  return self->n_vendor_buttons;
}

static void
gpm_event_detail_dispose (GObject *object)
{
  GpmEventDetail *self = GPM_EVENT_DETAIL (object);

  g_clear_object (&self->event);
  gtk_widget_dispose_template (GTK_WIDGET (self), GPM_TYPE_EVENT_DETAIL);

  G_OBJECT_CLASS (gpm_event_detail_parent_class)->dispose (object);
}

static void
gpm_event_detail_class_init (GpmEventDetailClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = gpm_event_detail_dispose;

  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
  gtk_widget_class_set_template_from_resource (widget_class,
                                               RESOURCE_PATH "/gpm-event-detail.ui");
  gtk_widget_class_bind_template_child (widget_class, GpmEventDetail, box);
  gtk_widget_class_bind_template_child (widget_class, GpmEventDetail, heading_label);
  gtk_widget_class_bind_template_child (widget_class, GpmEventDetail, title_label);
  gtk_widget_class_bind_template_child (widget_class, GpmEventDetail, date_label);
  gtk_widget_class_bind_template_child (widget_class, GpmEventDetail, category_label);
  gtk_widget_class_bind_template_child (widget_class, GpmEventDetail, vendors_box);
  gtk_widget_class_bind_template_child (widget_class, GpmEventDetail, title_en_label);
  gtk_widget_class_bind_template_child (widget_class, GpmEventDetail, title_zh_label);
  gtk_widget_class_bind_template_child (widget_class, GpmEventDetail, quote_label);
  gtk_widget_class_bind_template_child (widget_class, GpmEventDetail, source_label);
  gtk_widget_class_bind_template_child (widget_class, GpmEventDetail, note_label);
}

static void
gpm_event_detail_init (GpmEventDetail *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}

GtkWidget *
gpm_event_detail_new (void)
{
  return g_object_new (GPM_TYPE_EVENT_DETAIL, NULL);
}
