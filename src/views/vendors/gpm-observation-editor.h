/* gpm-observation-editor.h — the dialog that adds or changes one figure of a vendor.
 *
 * It validates as the user types and keeps Save insensitive until the figure is
 * complete; Save is one store call. On success it emits "saved" with the change (for
 * the caller's Undo) and closes; a store error is shown at the top and nothing closes.
 */
#pragma once

#include <adwaita.h>

#include "gpm-observation.h"
#include "gpm-store.h"
#include "gpm-vendor.h"

G_BEGIN_DECLS

#define GPM_TYPE_OBSERVATION_EDITOR (gpm_observation_editor_get_type ())
G_DECLARE_FINAL_TYPE (GpmObservationEditor, gpm_observation_editor, GPM, OBSERVATION_EDITOR,
                      AdwWindow)

GtkWidget *gpm_observation_editor_new (GpmStore       *store,
                                       GpmVendor      *vendor,
                                       GpmObservation *observation,
                                       GListModel     *metrics,
                                       GListModel     *sources);

G_END_DECLS
