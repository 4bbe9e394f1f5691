/* test-chart-spec.c — a spec survives the trip through JSON; bad JSON is refused with a
 * GPM_CHART_SPEC_ERROR that names the problem. */

#include "config.h"

#include <string.h>

#include "gpm-chart-spec.h"

static void
test_round_trip (void)
{
  static const char *metrics[] = { "revenue", "net-profit", NULL };
  static const char *subjects[] = { "moore-threads", "metax", NULL };
  g_autoptr(GpmChartSpec) spec = gpm_chart_spec_new (GPM_CHART_TYPE_COMBO);
  g_autoptr(GpmChartSpec) back = NULL;
  g_autoptr(GpmChartSpec) copy = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *json = NULL;

  gpm_chart_spec_set_metrics (spec, metrics);
  gpm_chart_spec_set_subjects (spec, subjects);
  gpm_chart_spec_set_period_range (spec, "2022", "2025-Q1");
  gpm_chart_spec_set_currency (spec, GPM_DISPLAY_CURRENCY_USD);
  gpm_chart_spec_set_log_scale (spec, TRUE);
  gpm_chart_spec_set_show_forecasts (spec, FALSE);
  gpm_chart_spec_set_title (spec, "摩爾線程與沐曦 “revenue”");

  json = gpm_chart_spec_to_json (spec);
  g_test_message ("%s", json);
  back = gpm_chart_spec_new_from_json (json, &error);
  g_assert_no_error (error);
  g_assert_true (gpm_chart_spec_equal (spec, back));
  g_assert_cmpint (gpm_chart_spec_get_chart_type (back), ==, GPM_CHART_TYPE_COMBO);
  g_assert_cmpstrv (gpm_chart_spec_get_subjects (back), subjects);
  g_assert_cmpstr (gpm_chart_spec_get_period_to (back), ==, "2025-Q1");
  g_assert_null (gpm_chart_spec_get_subtitle (back));

  copy = gpm_chart_spec_copy (back);
  g_assert_true (gpm_chart_spec_equal (copy, spec));
  gpm_chart_spec_set_subtitle (copy, "x");
  g_assert_false (gpm_chart_spec_equal (copy, spec));
}

static void
test_every_type (void)
{
  for (GpmChartType type = GPM_CHART_TYPE_LINE; type <= GPM_CHART_TYPE_AREA_100; type++)
    {
      g_autoptr(GpmChartSpec) spec = gpm_chart_spec_new (type);
      g_autofree char *json = gpm_chart_spec_to_json (spec);
      g_autoptr(GpmChartSpec) back = gpm_chart_spec_new_from_json (json, NULL);
      GpmChartType parsed;

      g_assert_nonnull (back);
      g_assert_cmpint (gpm_chart_spec_get_chart_type (back), ==, type);
      g_assert_true (gpm_chart_type_from_string (gpm_chart_type_to_string (type), &parsed));
      g_assert_cmpint (parsed, ==, type);
    }
}

/* Defaults for missing members; unknown members are ignored (a newer minor version). */
static void
test_defaults (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GpmChartSpec) spec =
    gpm_chart_spec_new_from_json ("{\"type\": \"donut\", \"colour-scheme\": \"new\"}", &error);

  g_assert_no_error (error);
  g_assert_cmpint (gpm_chart_spec_get_chart_type (spec), ==, GPM_CHART_TYPE_DONUT);
  g_assert_cmpuint (g_strv_length ((GStrv) gpm_chart_spec_get_metrics (spec)), ==, 0);
  g_assert_cmpstr (gpm_chart_spec_get_period_from (spec), ==, "");
  g_assert_cmpint (gpm_chart_spec_get_currency (spec), ==, GPM_DISPLAY_CURRENCY_AS_STORED);
  g_assert_true (gpm_chart_spec_get_show_forecasts (spec));
  g_assert_false (gpm_chart_spec_get_log_scale (spec));
}

static void
test_errors (void)
{
  static const struct { const char *json; int code; const char *mentions; } cases[] = {
    { "", GPM_CHART_SPEC_ERROR_PARSE, "JSON" },
    { "{\"type\": \"line\"", GPM_CHART_SPEC_ERROR_PARSE, "JSON" },
    { "[1, 2]", GPM_CHART_SPEC_ERROR_PARSE, "object" },
    { "{}", GPM_CHART_SPEC_ERROR_INVALID, "type" },
    { "{\"type\": \"pie\"}", GPM_CHART_SPEC_ERROR_INVALID, "pie" },
    { "{\"type\": 3}", GPM_CHART_SPEC_ERROR_INVALID, "type" },
    { "{\"type\": \"line\", \"metrics\": \"revenue\"}", GPM_CHART_SPEC_ERROR_INVALID, "metrics" },
    { "{\"type\": \"line\", \"subjects\": [\"metax\", 7]}", GPM_CHART_SPEC_ERROR_INVALID,
      "subjects" },
    { "{\"type\": \"line\", \"from\": 2022}", GPM_CHART_SPEC_ERROR_INVALID, "from" },
    { "{\"type\": \"line\", \"currency\": \"EUR\"}", GPM_CHART_SPEC_ERROR_INVALID, "currency" },
    { "{\"type\": \"line\", \"log-scale\": \"yes\"}", GPM_CHART_SPEC_ERROR_INVALID, "log-scale" },
    { "{\"type\": \"line\", \"version\": 99}", GPM_CHART_SPEC_ERROR_VERSION, "newer" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr(GError) error = NULL;
      g_autoptr(GpmChartSpec) spec = gpm_chart_spec_new_from_json (cases[i].json, &error);

      g_test_message ("%s → %s", cases[i].json, error != NULL ? error->message : "(none)");
      g_assert_null (spec);
      g_assert_error (error, GPM_CHART_SPEC_ERROR, cases[i].code);
      g_assert_nonnull (strstr (error->message, cases[i].mentions));
    }
}

/* A scatter saved before the metric across existed stays a scatter over time; one with
 * it keeps it; anything but a string there is refused by name. */
static void
test_x_metric (void)
{
  g_autoptr(GpmChartSpec) old = gpm_chart_spec_new_from_json (
    "{\"version\":1,\"type\":\"scatter\",\"metrics\":[\"market-share\"]}", NULL);
  g_autoptr(GpmChartSpec) xy = gpm_chart_spec_new_from_json (
    "{\"type\":\"scatter\",\"metrics\":[\"net-profit\"],\"x-metric\":\"revenue\"}", NULL);
  g_autoptr(GpmChartSpec) area = gpm_chart_spec_new_from_json ("{\"type\":\"area-100\"}", NULL);
  g_autoptr(GpmChartSpec) bad = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *json = NULL;

  g_assert_nonnull (old);
  g_assert_null (gpm_chart_spec_get_x_metric (old));
  json = gpm_chart_spec_to_json (old);
  g_assert_null (strstr (json, "x-metric"));
  g_assert_nonnull (xy);
  g_assert_cmpstr (gpm_chart_spec_get_x_metric (xy), ==, "revenue");
  g_assert_false (gpm_chart_spec_equal (old, xy));
  g_assert_nonnull (area);
  g_assert_cmpint (gpm_chart_spec_get_chart_type (area), ==, GPM_CHART_TYPE_AREA_100);

  bad = gpm_chart_spec_new_from_json ("{\"type\":\"scatter\",\"x-metric\":5}", &error);
  g_assert_null (bad);
  g_assert_error (error, GPM_CHART_SPEC_ERROR, GPM_CHART_SPEC_ERROR_INVALID);
  g_assert_nonnull (strstr (error->message, "x-metric"));
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/chart-spec/round-trip", test_round_trip);
  g_test_add_func ("/chart-spec/every-type", test_every_type);
  g_test_add_func ("/chart-spec/defaults", test_defaults);
  g_test_add_func ("/chart-spec/errors", test_errors);
  g_test_add_func ("/chart-spec/x-metric", test_x_metric);

  return g_test_run ();
}
