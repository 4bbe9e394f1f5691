/* bench-import-floor.c — what SQLite alone needs to write a million imported figures.
 *
 * Usage: bench-import-floor SOURCE.db TARGET.db
 *
 * SOURCE is a database the app imported the benchmark's CSV into; TARGET a new database
 * the app made from its bundled dataset. The figures SOURCE's import added (ids past
 * TARGET's) are read into memory first, untimed, with the subject, metric and source ids
 * SOURCE gave them (the few names an import adds are left out: foreign keys are not
 * checked during an import, nor here). Then,
 * timed, as the import writes them: one transaction, 256 figures to a multi-row INSERT
 * into the observations table and its indexes, the commit through the write-ahead log,
 * and closing the file. No reading, decoding, parsing, checking, name look-up or
 * matching — the floor under `gpu-market import` for this schema, to set beside
 * sqlite3's `.import` (one table, no index, a rollback journal). Prints one line:
 * "floor: rows R s, commit C s, close X s, total T s".
 */

#include <sqlite3.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#define BATCH     256
#define N_COLUMNS 12

typedef struct
{
  sqlite3_int64  vendor_id;   /* 0 for NULL */
  sqlite3_int64  scope_id;
  sqlite3_int64  metric_id;
  sqlite3_int64  source_id;
  double         value;
  int            doubtful;
  char          *texts[6];    /* period, status, unit, qualifier, quote, note */
} Figure;

static double
now (void)
{
  struct timespec t;

  clock_gettime (CLOCK_MONOTONIC, &t);
  return t.tv_sec + t.tv_nsec / 1e9;
}

static void
check (int         rc,
       sqlite3    *db,
       const char *what)
{
  if (rc != SQLITE_OK && rc != SQLITE_DONE && rc != SQLITE_ROW)
    {
      fprintf (stderr, "bench-import-floor: %s: %s\n", what, sqlite3_errmsg (db));
      exit (1);
    }
}

static void
bind_id (sqlite3_stmt  *stmt,
         int            param,
         sqlite3_int64  id)
{
  if (id != 0)
    sqlite3_bind_int64 (stmt, param, id);
  else
    sqlite3_bind_null (stmt, param);
}

/* Binds @figure to parameters @base + 1 … @base + N_COLUMNS, in INSERT's column order. */
static void
bind_figure (sqlite3_stmt *stmt,
             int           base,
             const Figure *figure)
{
  bind_id (stmt, base + 1, figure->vendor_id);
  bind_id (stmt, base + 2, figure->scope_id);
  sqlite3_bind_int64 (stmt, base + 3, figure->metric_id);
  sqlite3_bind_text (stmt, base + 4, figure->texts[0], -1, SQLITE_STATIC);
  sqlite3_bind_text (stmt, base + 5, figure->texts[1], -1, SQLITE_STATIC);
  sqlite3_bind_int64 (stmt, base + 6, figure->source_id);
  sqlite3_bind_double (stmt, base + 7, figure->value);
  sqlite3_bind_text (stmt, base + 8, figure->texts[2], -1, SQLITE_STATIC);
  sqlite3_bind_text (stmt, base + 9, figure->texts[3], -1, SQLITE_STATIC);
  sqlite3_bind_int (stmt, base + 10, figure->doubtful);
  sqlite3_bind_text (stmt, base + 11, figure->texts[4], -1, SQLITE_STATIC);
  sqlite3_bind_text (stmt, base + 12, figure->texts[5], -1, SQLITE_STATIC);
}

static sqlite3_stmt *
prepare_insert (sqlite3 *db,
                int      rows)
{
  size_t size = 256 + (size_t) rows * N_COLUMNS * 8;
  char *sql = malloc (size);
  sqlite3_stmt *stmt;

  strcpy (sql, "INSERT OR FAIL INTO observations (vendor_id, scope_id, metric_id, period,"
               " status, source_id, value, unit, qualifier, doubtful, quote, note) VALUES ");
  for (int r = 0; r < rows; r++)
    {
      strcat (sql, r > 0 ? ",(" : "(");
      for (int c = 0; c < N_COLUMNS; c++)
        {
          char param[16];

          snprintf (param, sizeof param, "%s?%d", c > 0 ? "," : "", r * N_COLUMNS + c + 1);
          strcat (sql, param);
        }
      strcat (sql, ")");
    }
  check (sqlite3_prepare_v3 (db, sql, -1, SQLITE_PREPARE_PERSISTENT, &stmt, NULL), db,
         "prepare");
  free (sql);

  return stmt;
}

/* The figures of @source past @first_id, into memory. */
static Figure *
read_figures (const char    *source,
              sqlite3_int64  first_id,
              size_t        *n)
{
  sqlite3 *db;
  sqlite3_stmt *stmt;
  Figure *figures = NULL;
  size_t capacity = 0;

  check (sqlite3_open_v2 (source, &db, SQLITE_OPEN_READONLY, NULL), db, source);
  check (sqlite3_prepare_v2 (db, "SELECT coalesce (vendor_id, 0), coalesce (scope_id, 0),"
                                 " metric_id, source_id, value, doubtful, period, status,"
                                 " unit, qualifier, quote, note FROM observations"
                                 " WHERE id >= ?1 ORDER BY id", -1, &stmt, NULL), db, "read");
  sqlite3_bind_int64 (stmt, 1, first_id);
  *n = 0;
  while (sqlite3_step (stmt) == SQLITE_ROW)
    {
      Figure *f;

      if (*n == capacity)
        {
          capacity = capacity > 0 ? capacity * 2 : 65536;
          figures = realloc (figures, capacity * sizeof *figures);
        }
      f = &figures[(*n)++];
      f->vendor_id = sqlite3_column_int64 (stmt, 0);
      f->scope_id = sqlite3_column_int64 (stmt, 1);
      f->metric_id = sqlite3_column_int64 (stmt, 2);
      f->source_id = sqlite3_column_int64 (stmt, 3);
      f->value = sqlite3_column_double (stmt, 4);
      f->doubtful = sqlite3_column_int (stmt, 5);
      for (int t = 0; t < 6; t++)
        f->texts[t] = strdup ((const char *) sqlite3_column_text (stmt, 6 + t));
    }
  sqlite3_finalize (stmt);
  sqlite3_close (db);

  return figures;
}

static sqlite3_int64
next_id (const char *target)
{
  sqlite3 *db;
  sqlite3_stmt *stmt;
  sqlite3_int64 id;

  check (sqlite3_open_v2 (target, &db, SQLITE_OPEN_READONLY, NULL), db, target);
  check (sqlite3_prepare_v2 (db, "SELECT coalesce (max (id), 0) + 1 FROM observations", -1,
                             &stmt, NULL), db, "max id");
  sqlite3_step (stmt);
  id = sqlite3_column_int64 (stmt, 0);
  sqlite3_finalize (stmt);
  sqlite3_close (db);

  return id;
}

int
main (int   argc,
      char *argv[])
{
  sqlite3 *db;
  sqlite3_stmt *batch, *single;
  Figure *figures;
  size_t n, i = 0;
  double began, written, committed, closed;

  if (argc != 3)
    {
      fprintf (stderr, "usage: bench-import-floor SOURCE.db TARGET.db\n");
      return 2;
    }

  figures = read_figures (argv[1], next_id (argv[2]), &n);

  /* The import's settings: its page cache, and no per-row foreign-key checks. */
  check (sqlite3_open_v2 (argv[2], &db, SQLITE_OPEN_READWRITE | SQLITE_OPEN_NOMUTEX, NULL),
         db, argv[2]);
  check (sqlite3_exec (db, "PRAGMA journal_mode = WAL; PRAGMA synchronous = NORMAL;"
                           " PRAGMA cache_size = -131072; PRAGMA foreign_keys = OFF", NULL,
                       NULL, NULL), db, "pragmas");
  batch = prepare_insert (db, BATCH);
  single = prepare_insert (db, 1);

  began = now ();
  check (sqlite3_exec (db, "BEGIN IMMEDIATE", NULL, NULL, NULL), db, "begin");
  for (; i + BATCH <= n; i += BATCH)
    {
      for (int r = 0; r < BATCH; r++)
        bind_figure (batch, r * N_COLUMNS, &figures[i + r]);
      check (sqlite3_step (batch), db, "insert");
      sqlite3_reset (batch);
    }
  for (; i < n; i++)
    {
      bind_figure (single, 0, &figures[i]);
      check (sqlite3_step (single), db, "insert");
      sqlite3_reset (single);
    }
  written = now ();
  check (sqlite3_exec (db, "COMMIT", NULL, NULL, NULL), db, "commit");
  committed = now ();
  sqlite3_finalize (batch);
  sqlite3_finalize (single);
  check (sqlite3_close (db), db, "close");
  closed = now ();

  printf ("floor: %zu figures, rows %.3f s, commit %.3f s, close %.3f s, total %.3f s\n", n,
          written - began, committed - written, closed - committed, closed - began);
  for (i = 0; i < n; i++)
    for (int t = 0; t < 6; t++)
      free (figures[i].texts[t]);
  free (figures);

  return 0;
}
