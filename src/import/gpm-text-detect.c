/* gpm-text-detect.c — guessing the encoding of a file from its first bytes.
 *
 * A BOM decides. Without one, NUL bytes at every other position mean UTF-16 (ASCII
 * delimiters and digits are in every table). Then valid UTF-8 wins: GB18030 or Big5
 * text almost never validates as UTF-8 by chance once it has a few characters.
 *
 * GB18030 against Big5 is the hard case: nearly every Big5 byte pair is also a valid
 * GB18030 pair, and most GB2312 pairs are valid Big5. So the sample is decoded both
 * ways and each reading is scored by how much it looks like Chinese: characters among
 * the most frequent ones (Simplified and Traditional forms, full-width punctuation) weigh
 * most, other characters in the common CJK block a little, invalid sequences count
 * against. The wrong reading yields rare characters, kana, Cyrillic or private-use
 * code points, so the right one wins by a wide margin on any real text.
 */

#include "config.h"

#include <errno.h>
#include <string.h>

#include "gpm-text-decoder-private.h"

/* The most frequent characters of Chinese text (after the classic frequency lists),
 * with Traditional forms, plus words of this market and full-width punctuation. */
static const char common_chars[] =
  "的一是不了人我在有他这中大来上国个到说们为子和你地出道也时年得就那要下以生会自着去之过"
  "家学对可她里后小么心多天而能好都然没日于起还发成事只作当想看文无开手十用主行方又如前所本"
  "见经头面公同三已老从动两长知民样现分将外但身些与高意进把法此实回二理美点月明其种声全工己"
  "话儿者向情部正名定女问力机给等几很业最间新什打便位因重被走电四第门相次东政海口使教西再平"
  "真听世气信北少关并内加化由却代军产入先山五太水万市眼体别处总才场师书比住员九笑性通目华报"
  "立马命张活难神数件安表原车白应路期叫死常提感金何更反合放做系计或司利受光王果亲界及今京务"
  "制解各任至清物台象记边共风战干接它许八特觉望直服毛林题建南度统色字请交爱让认算论百吃义科"
  "怎元社术结六功指思非流每青管夫连远资队跟带花快条院变联言权往展该领传近留红治决周保达办运"
  "武半候七必城父强步完革深区即求品士转量空甚众技轻程告江语英基派满式李息写呢识极令黄德收脸"
  "钱党倒未持取设始版双历越史商千片容研像找友孩站广改议形委早房音火际则首单据导影失拿网香似"
  "斯专石若兵弟谁校读志飞观争究包组造落视济喜离虽坏兴切乎急且亿芯算营额股价售增率润亏损融"
  "這國個說們為來時會對裡裏後麼沒還發過經長現樣動兩進實點種聲話兒問機給幾業間電門東軍產萬體"
  "別處師書員華報馬張難數車應親務製記邊風戰幹許覺統請愛讓認論該領傳紅決達辦運區轉眾輕語滿寫"
  "識極黃臉錢黨設雙歷廣議際則單據導網專誰讀飛觀爭組視濟離雖壞興億營額價銷增潤虧損場廠億灣"
  "與從學對當無開開關內氣總見頭術條聯權遠資隊帶變計測試據晶圓製芯片華為偉達摩爾線程沐曦寒武紀"
  "纪线尔伟为厂销测试晶圆摩沐曦寒昇腾騰壁仞燧原海光训練训练推理智能企收入同比季度"
  "，。、；：？！“”‘’（）《》％．";

/* Decoded text is scored in pieces of this size. */
#define SCORE_CHUNK 4096

typedef struct
{
  guint n_invalid;
  guint n_common;
  guint n_cjk;
  guint n_multibyte;
  guint n_two_byte;   /* UTF-8 only: characters below U+0800 */
} Reading;

static GHashTable *
get_common_set (void)
{
  static GHashTable *set;

  if (g_once_init_enter (&set))
    {
      GHashTable *s = g_hash_table_new (NULL, NULL);

      for (const char *p = common_chars; *p != '\0'; p = g_utf8_next_char (p))
        g_hash_table_add (s, GUINT_TO_POINTER (g_utf8_get_char (p)));
      g_once_init_leave (&set, s);
    }

  return set;
}

static void
score_text (const char *text,
            gsize       length,
            Reading    *reading)
{
  GHashTable *common = get_common_set ();

  for (const char *p = text; p < text + length; p = g_utf8_next_char (p))
    {
      gunichar c;

      if ((guchar) *p < 0x80)
        continue;
      c = g_utf8_get_char (p);
      reading->n_multibyte++;
      if (g_hash_table_contains (common, GUINT_TO_POINTER (c)))
        reading->n_common++;
      else if (c >= 0x4E00 && c <= 0x9FFF)
        reading->n_cjk++;
    }
}

static void
read_as (const guint8 *head,
         gsize         length,
         GpmEncoding   encoding,
         Reading      *reading)
{
  GIConv cd = g_iconv_open ("UTF-8", gpm_encoding_get_iconv_name (encoding));
  char *inp = (char *) head;
  gsize inleft = length;

  memset (reading, 0, sizeof *reading);
  if (cd == (GIConv) -1)
    {
      reading->n_invalid = G_MAXUINT / 2;
      return;
    }

  while (inleft > 0)
    {
      char out[SCORE_CHUNK];
      char *outp = out;
      gsize outleft = sizeof out;
      gsize r = g_iconv (cd, &inp, &inleft, &outp, &outleft);
      int saved = errno;

      score_text (out, outp - out, reading);
      if (r != (gsize) -1 || saved == E2BIG)
        continue;
      if (saved != EILSEQ)
        break;   /* EINVAL: a character cut by the end of the sample */
      reading->n_invalid++;
      inp++;
      inleft--;
    }

  g_iconv_close (cd);
}

static int
score (const Reading *r)
{
  return 4 * (int) r->n_common + (int) r->n_cjk - 8 * (int) r->n_invalid;
}

/* UTF-16 without a BOM: ASCII characters put a NUL in every other byte. */
static gboolean
detect_utf16 (const guint8 *head,
              gsize         length,
              GpmEncoding  *encoding)
{
  gsize n = MIN (length, 4096) & ~(gsize) 1;
  gsize zero_even = 0, zero_odd = 0;

  if (n < 8)
    return FALSE;

  for (gsize i = 0; i < n; i += 2)
    {
      zero_even += head[i] == 0;
      zero_odd += head[i + 1] == 0;
    }

  /* A table has a few ASCII delimiters and digits per line, even in Chinese; a CJK
   * character has a zero byte only once in 256. */
  if (zero_odd >= n / 32 && zero_even * 8 < zero_odd)
    *encoding = GPM_ENCODING_UTF16LE;
  else if (zero_even >= n / 32 && zero_odd * 8 < zero_even)
    *encoding = GPM_ENCODING_UTF16BE;
  else
    return FALSE;

  return TRUE;
}

/* Counts multibyte characters and invalid sequences; a character cut off by the end of
 * the sample is not held against it. */
static void
read_as_utf8 (const guint8 *head,
              gsize         length,
              Reading      *reading)
{
  gsize pos = 0;

  memset (reading, 0, sizeof *reading);
  while (pos < length)
    {
      gsize valid = gpm_utf8_valid_prefix (head + pos, length - pos);
      gsize k, char_len;

      for (gsize i = pos; i < pos + valid; i++)
        {
          reading->n_multibyte += (head[i] & 0xC0) == 0xC0;
          reading->n_two_byte += (head[i] & 0xE0) == 0xC0;
        }
      pos += valid;
      if (pos == length)
        break;

      k = gpm_utf8_prefix (head + pos, length - pos, &char_len);
      if (k > 0 && k == length - pos && k < char_len)
        break;
      reading->n_invalid++;
      pos += MAX (k, 1);
    }
}

GpmEncoding
gpm_encoding_detect (const guint8 *head,
                     gsize         length,
                     gboolean     *confident)
{
  GpmEncoding encoding = GPM_ENCODING_UTF8;
  gboolean sure = TRUE;
  Reading u8, gb, b5;

  g_return_val_if_fail (head != NULL || length == 0, GPM_ENCODING_UTF8);

  if (length >= 3 && memcmp (head, GPM_TEXT_DECODER_BOM, 3) == 0)
    encoding = GPM_ENCODING_UTF8;
  else if (length >= 2 && head[0] == 0xFF && head[1] == 0xFE)
    encoding = GPM_ENCODING_UTF16LE;
  else if (length >= 2 && head[0] == 0xFE && head[1] == 0xFF)
    encoding = GPM_ENCODING_UTF16BE;
  else if (length >= 4 && memcmp (head, "\x84\x31\x95\x33", 4) == 0)
    encoding = GPM_ENCODING_GB18030;
  else if (detect_utf16 (head, length, &encoding))
    sure = FALSE;
  else
    {
      read_as_utf8 (head, length, &u8);
      if (u8.n_invalid == 0)
        {
          /* A handful of characters, or two-byte ones (GB2312 pairs can look like
           * those), might be GB18030 that happens to validate. */
          encoding = GPM_ENCODING_UTF8;
          if (u8.n_multibyte > 0 && (u8.n_multibyte < 4 || 2 * u8.n_two_byte > u8.n_multibyte))
            {
              read_as (head, length, GPM_ENCODING_GB18030, &gb);
              sure = score (&gb) <= 0;
            }
        }
      else if (u8.n_multibyte >= 20 * u8.n_invalid)
        {
          /* UTF-8 with a few damaged bytes: the user should see where they are. */
          encoding = GPM_ENCODING_UTF8;
          sure = FALSE;
        }
      else
        {
          int s_gb, s_b5;

          read_as (head, length, GPM_ENCODING_GB18030, &gb);
          read_as (head, length, GPM_ENCODING_BIG5, &b5);
          s_gb = score (&gb);
          s_b5 = score (&b5);
          /* Ties go to GB18030: it reads every byte pair, so it loses nothing. */
          encoding = s_b5 > s_gb ? GPM_ENCODING_BIG5 : GPM_ENCODING_GB18030;
          sure = ABS (s_gb - s_b5) >= 12 && MAX (s_gb, s_b5) >= 2 * MAX (MIN (s_gb, s_b5), 0);
        }
    }

  if (confident != NULL)
    *confident = sure;

  return encoding;
}
