/* fuzz-import-value.c — any cell text through the number and period readers: a value or
 * an error, never a crash, a leak or a read past the cell.
 *
 * The input is copied into a buffer of exactly its size plus the NUL (so AddressSanitizer
 * sees any read beyond it) and read as a number with each decimal mark and as a period.
 * What comes back must keep the readers' promises: a finite number, a period the store
 * accepts, or an error from the readers' own domain with a UTF-8 message.
 */

#include "config.h"

#include <math.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "gpm-import-value.h"
#include "gpm-period.h"

static void
check_error (GError *error)
{
  if (error == NULL || error->domain != GPM_IMPORT_VALUE_ERROR
      || !g_utf8_validate (error->message, -1, NULL))
    abort ();
}

int
LLVMFuzzerTestOneInput (const uint8_t *data,
                        size_t         size)
{
  static const GpmDecimalMark marks[] = {
    GPM_DECIMAL_MARK_AUTO, GPM_DECIMAL_MARK_POINT, GPM_DECIMAL_MARK_COMMA,
  };
  g_autofree char *text = g_malloc (size + 1);
  g_autofree char *period = NULL;
  g_autoptr(GError) period_error = NULL;

  memcpy (text, data, size);
  text[size] = '\0';

  for (guint i = 0; i < G_N_ELEMENTS (marks); i++)
    {
      g_autoptr(GError) error = NULL;
      GpmNumber number;

      if (gpm_import_parse_number (text, marks[i], &number, &error))
        {
          if (error != NULL || !isfinite (number.value))
            abort ();
        }
      else
        check_error (error);
    }

  period = gpm_import_parse_period (text, &period_error);
  if (period != NULL)
    {
      if (period_error != NULL || !gpm_period_is_valid_text (period))
        abort ();
    }
  else
    check_error (period_error);

  return 0;
}
