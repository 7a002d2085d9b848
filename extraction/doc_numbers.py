"""文号: how a document number looks in the matching view, and the lines that carry one.

Read by the shell (the notice's and the policy's own number), the layout rules (a number line is
no clause), compilations and policy facts. Patterns only, no state.
"""
from __future__ import annotations

import re

# a 文号 as the matching view shows it (〔〕 are []): 徐发改规[2025]2号
DOC_NUMBER_TEXT = r"[\u4e00-\u9fa5]{1,14}\s*[\[(]\s*(?:19|20)\d{2}\s*[\])]\s*(?:第\s*)?\d{1,4}\s*号"
TRAILING_DOC_NUMBER = re.compile(rf"\(\s*(?P<num>{DOC_NUMBER_TEXT})\s*\)\s*$")
# 发文字号：河西政办规〔2025〕1号　成文日期：2025-05-09　发布日期：…: a page's labels on one line under the title
LABELLED_NUMBER = re.compile(rf"^\s*(?:发文字号|文号|发文编号)\s*:\s*(?P<num>{DOC_NUMBER_TEXT})(?=\s)")
# 发文机关：X委员会　发文字号：宝经委规〔2024〕2号　成文日期：…: the number labelled among a page's labels
# (发    文字号: the view blanks the pinyin a repost put inside the label)
LABELLED_IN_LINE = re.compile(rf"(?:发\s*文\s*字\s*号|(?<!\S)文\s*号|发\s*文\s*编\s*号)\s*:\s*(?P<num>{DOC_NUMBER_TEXT})(?=\s|$)")
SIGNED_NUMBER = re.compile(rf"日\s+(?P<num>{DOC_NUMBER_TEXT})\s*$")
# (赣市科字〔2025〕12号  2025年8月5日  赣州市科学技术局  赣州市财政局印发), (2026年1月9日 X管理局 X规〔2026〕1号):
# a regulation's issuing note under its title
ISSUING_NOTE = re.compile(rf"^\s*\((?=[^()\n]{{0,120}}(?:印发|发布|公布|通过|(?:19|20)\d{{2}}\s*年\s*\d{{1,2}}\s*月\s*\d{{1,2}}\s*日))[^()\n]{{0,60}}?(?P<num>{DOC_NUMBER_TEXT})[^()\n]{{0,80}}\)\s*$")
# 雁政办发[2025]22号 on a line of its own, labelled, or at the end of the issuer's line of a red
# header (西安市雁塔区人民政府办公室        雁政办发[2025]22号, 德清县人民政府办公室文件 德政办发[2025]40号)
DOC_NUMBER_LINE = re.compile(rf"^\s*(?:(?:发文字号|文号|文件编号)\s*:\s*|[^\s:。]{{2,30}}[ \t\u3000]{{4,}}|[^\s:。]{{2,30}}文件[ \t\u3000]+)?\(?\s*(?P<num>{DOC_NUMBER_TEXT})\s*\)?\s*$")
# 广政字〔2025〕22号 各乡镇人民政府,…: a 文号 a page ran into the line after it
LEADING_DOC_NUMBER = re.compile(rf"[ \t\u3000]*(?P<num>{DOC_NUMBER_TEXT})(?=[ \t\u3000]|$)")
# …关于印发《X》的通知东政办发[2024]21号各街道…: the number right after the notice's title, on a page that ran
# the whole notice into one line without a space
AFTER_NOTICE_TITLE = re.compile(rf"(?<=的通知|的决定)[ \t\u3000]*(?P<num>{DOC_NUMBER_TEXT})")
# 绵府办规[2023]6号各县市区人民政府,…: a 文号 a page ran into the addressees after it, with no space
BEFORE_ADDRESSEES = re.compile(rf"[ \t\u3000]*(?P<num>{DOC_NUMBER_TEXT})(?=[ \t\u3000]*(?:各|有关)[^。\n]{{1,120}}:)")
# 高平市人民政府文件 高政发[2022]11号 高平市人民政府关于印发…的通知 各乡(镇)…: 现将《X》印发给你们 / …的通知武政规
# [2024]6号各镇人民政府…: a notice's parts run into one line: its number stands free (after a space, the line's
# start or 的通知, before a space, the end or the addressees), where a cited one stands in () or after 》
NUMBER_IN_NOTICE_LINE = re.compile(rf"(?:^|(?<=[ \t\u3000])|(?<=的通知))(?P<num>{DOC_NUMBER_TEXT})(?=[ \t\u3000]|$|各|有关)",
                                   re.M)


# 湖府办发〔2025〕4号    发布日期：2025-02-20: the number, then the page's labels on its line
NUMBER_THEN_LABELS = re.compile(rf"^\s*(?P<num>{DOC_NUMBER_TEXT})[ \t\u3000]+(?=(?:发布|成文|印发)?(?:日期|时间)\s*:|来源\s*:|索引号)")


def number_under_title(line: str) -> re.Match | None:
    """A 文号 line under a notice's title: the number alone or labelled (DOC_NUMBER_LINE), first
    among a page's labels on one line (发文字号：…　成文日期：…), or before them."""
    return DOC_NUMBER_LINE.match(line) or LABELLED_NUMBER.match(line) or NUMBER_THEN_LABELS.match(line)
