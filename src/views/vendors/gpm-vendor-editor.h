/* gpm-vendor-editor.h — the dialog that adds a vendor or changes one.
 *
 * Same contract as the figure editor: validation as you type, Save insensitive until
 * valid, one store call, "saved" with the change, store errors shown at the top.
 */
#pragma once

#include <adwaita.h>

#include "gpm-store.h"
#include "gpm-vendor.h"

G_BEGIN_DECLS

#define GPM_TYPE_VENDOR_EDITOR (gpm_vendor_editor_get_type ())
G_DECLARE_FINAL_TYPE (GpmVendorEditor, gpm_vendor_editor, GPM, VENDOR_EDITOR, AdwWindow)

GtkWidget *gpm_vendor_editor_new        (GpmStore        *store,
                                         GpmVendor       *vendor);
GpmVendor *gpm_vendor_editor_get_vendor (GpmVendorEditor *self);

G_END_DECLS
