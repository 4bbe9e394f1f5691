/* gpm-import-dialog-private.h — the import dialog's state, shared by its two files and
 * the widget test: gpm-import-dialog.c (the choices), gpm-import-dialog-table.c (the
 * preview) and gpm-import-dialog-jobs.c (the worker threads and what they report).
 */
#pragma once

#include "gpm-import.h"
#include "gpm-import-dialog.h"

G_BEGIN_DECLS

typedef enum
{
  GPM_IMPORT_JOB_NONE,
  GPM_IMPORT_JOB_PREVIEW,
  GPM_IMPORT_JOB_CHECK,
  GPM_IMPORT_JOB_IMPORT,
} GpmImportJobKind;

struct _GpmImportDialog
{
  AdwWindow          parent_instance;

  GpmStore          *store;
  GFile             *file;
  GSettings         *settings;
  GpmStoreChange    *change;        /* what the import wrote, for Undo; NULL until then */

  GpmImportPreview  *preview;       /* of the current encoding and delimiter */
  char              *signature;     /* of the preview's header */
  GpmImportMapping   mapping;
  gboolean           mapping_ok;
  GpmImportReport   *report;        /* of the last dry run that finished */
  GError            *check_error;   /* or why it failed */

  GTask             *task;          /* the running job (the task owns itself) */
  GCancellable      *cancellable;   /* of the running job */
  GpmImportJobKind   job;
  gboolean           updating;      /* set while the code, not the user, moves a widget */
  gboolean           closing;

  GtkStringList     *columns_model; /* "—", then the file's columns */
  GtkStringList     *rows_model;    /* row numbers of preview->rows */
  GtkStringList     *problems_model;
  AdwComboRow       *field_rows[GPM_IMPORT_N_FIELDS];

  AdwToastOverlay   *toast_overlay;
  AdwWindowTitle    *window_title;
  GtkButton         *import_button;
  AdwComboRow       *encoding_row;
  GtkImage          *encoding_warning;
  AdwComboRow       *delimiter_row;
  AdwComboRow       *decimal_row;
  GtkWidget         *mark_warning_row;
  GtkLabel          *mark_warning_label;
  AdwComboRow       *policy_row;
  AdwPreferencesGroup *reading_group;
  AdwPreferencesGroup *columns_group;
  GtkLabel          *mapping_message;
  AdwPreferencesGroup *preview_group;
  GtkScrolledWindow *preview_scroll;
  GtkColumnView     *preview_view;
  GtkWidget         *progress_box;
  GtkProgressBar    *progress_bar;
  GtkLabel          *status_label;
  GtkWidget         *counts_box;
  GtkLabel          *new_label;
  GtkLabel          *changed_label;
  GtkLabel          *unchanged_label;
  GtkLabel          *skipped_label;
  GtkWidget         *details_group;
  AdwActionRow      *names_row;
  AdwActionRow      *error_row;
  AdwPreferencesGroup *problems_group;
  GtkListBox        *problems_view;
};

/* gpm-import-dialog.c */
void     gpm_import_dialog_get_options     (GpmImportDialog        *self,
                                            GpmImportOptions       *options);
void     gpm_import_dialog_show_preview    (GpmImportDialog        *self,
                                            GpmImportPreview       *preview);
void     gpm_import_dialog_update_import   (GpmImportDialog        *self);
void     gpm_import_dialog_remember        (GpmImportDialog        *self);
void     gpm_import_dialog_emit_imported   (GpmImportDialog        *self,
                                            guint64                 n_new,
                                            guint64                 n_changed);

/* gpm-import-dialog-table.c */
void     gpm_import_dialog_setup_table     (GpmImportDialog        *self);
void     gpm_import_dialog_fill_table      (GpmImportDialog        *self);
void     gpm_import_dialog_update_titles   (GpmImportDialog        *self);

/* gpm-import-dialog-jobs.c */
void     gpm_import_dialog_start_preview   (GpmImportDialog        *self,
                                            gboolean                detect);
void     gpm_import_dialog_start_check     (GpmImportDialog        *self);
void     gpm_import_dialog_start_import    (GpmImportDialog        *self);
void     gpm_import_dialog_cancel_job      (GpmImportDialog        *self);
void     gpm_import_dialog_forget_job      (GpmImportDialog        *self);
void     gpm_import_dialog_show_report     (GpmImportDialog        *self);
void     gpm_import_dialog_save_problems   (GpmImportDialog        *self,
                                            GFile                  *target);
void     gpm_import_dialog_setup_problems  (GpmImportDialog        *self);

G_END_DECLS
