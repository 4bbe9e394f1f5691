/* gpm-store-profile.h — what a vendor profile needs beyond the core queries: its
 * products, its relations, its events, and one summary per vendor for the list.
 *
 * Same contract as gpm-store.h: every call is safe from any thread and honours its
 * GCancellable; use the _async variants on the main thread.
 */
#pragma once

#include "gpm-product.h"
#include "gpm-relation.h"
#include "gpm-store.h"

G_BEGIN_DECLS

typedef enum
{
  GPM_FIGURE_FORECAST = 1 << 0,  /* a forecast or an estimate, not a reported figure */
  GPM_FIGURE_DOUBTFUL = 1 << 1,  /* the source's own figure looks wrong */
} GpmFigureFlags;

/* What the vendor list shows and sorts by, for one vendor. Money is in base units of
 * the given unit; values are NAN when the database has no such figure. */
typedef struct
{
  gint64   vendor_id;

  /* Full-year revenue, oldest first, in one unit (that of the latest year). */
  guint    n_revenue;
  double  *revenue;
  guint8  *revenue_flags;   /* GpmFigureFlags */
  char   **revenue_periods; /* NULL-terminated, n_revenue long */
  char    *revenue_unit;

  /* The latest reported full-year revenue, else the latest revenue of any period. */
  double   latest_revenue;
  char    *latest_revenue_period;
  char    *latest_revenue_unit;

  /* The latest "valuation" figure, else the latest "market-cap". */
  double   valuation;
  char    *valuation_period;
  char    *valuation_unit;
} GpmVendorSummary;

/* How many figures a vendor has of one metric. */
typedef struct
{
  gint64 metric_id;
  gint64 count;
} GpmFigureCount;

#define GPM_TYPE_VENDOR_SUMMARY (gpm_vendor_summary_get_type ())

GType             gpm_vendor_summary_get_type          (void) G_GNUC_CONST;
GpmVendorSummary *gpm_vendor_summary_copy              (const GpmVendorSummary *summary);
void              gpm_vendor_summary_free              (GpmVendorSummary       *summary);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (GpmVendorSummary, gpm_vendor_summary_free)

/* Each returns a new GPtrArray with its free func set. */
GPtrArray  *gpm_store_list_products                   (GpmStore             *self,
                                                       gint64                vendor_id,
                                                       GCancellable         *cancellable,
                                                       GError              **error);
GPtrArray  *gpm_store_list_relations                  (GpmStore             *self,
                                                       gint64                vendor_id,
                                                       GCancellable         *cancellable,
                                                       GError              **error);
GPtrArray  *gpm_store_list_vendor_events              (GpmStore             *self,
                                                       gint64                vendor_id,
                                                       GCancellable         *cancellable,
                                                       GError              **error);
GArray     *gpm_store_count_vendor_figures            (GpmStore             *self,
                                                       gint64                vendor_id,
                                                       GCancellable         *cancellable,
                                                       GError              **error);
GPtrArray  *gpm_store_list_vendor_summaries           (GpmStore             *self,
                                                       GCancellable         *cancellable,
                                                       GError              **error);

void        gpm_store_list_products_async             (GpmStore             *self,
                                                       gint64                vendor_id,
                                                       GCancellable         *cancellable,
                                                       GAsyncReadyCallback   callback,
                                                       gpointer              user_data);
GPtrArray  *gpm_store_list_products_finish            (GpmStore             *self,
                                                       GAsyncResult         *result,
                                                       GError              **error);
void        gpm_store_list_relations_async            (GpmStore             *self,
                                                       gint64                vendor_id,
                                                       GCancellable         *cancellable,
                                                       GAsyncReadyCallback   callback,
                                                       gpointer              user_data);
GPtrArray  *gpm_store_list_relations_finish           (GpmStore             *self,
                                                       GAsyncResult         *result,
                                                       GError              **error);
void        gpm_store_list_vendor_events_async        (GpmStore             *self,
                                                       gint64                vendor_id,
                                                       GCancellable         *cancellable,
                                                       GAsyncReadyCallback   callback,
                                                       gpointer              user_data);
GPtrArray  *gpm_store_list_vendor_events_finish       (GpmStore             *self,
                                                       GAsyncResult         *result,
                                                       GError              **error);
void        gpm_store_list_vendor_summaries_async     (GpmStore             *self,
                                                       GCancellable         *cancellable,
                                                       GAsyncReadyCallback   callback,
                                                       gpointer              user_data);
GPtrArray  *gpm_store_list_vendor_summaries_finish    (GpmStore             *self,
                                                       GAsyncResult         *result,
                                                       GError              **error);

G_END_DECLS
