"""Real documents made at test time from tests/inputs/policy.txt: a typeset PDF, a scanned-like
PDF, a saved web page with its site around the text, and the same text in Big5.

Run as a script to write them into a directory and look at them:
    .venv/bin/python -m tests.inputs.documents /tmp/docs
"""
from __future__ import annotations

import io
import sys
from pathlib import Path

POLICY_TXT = Path(__file__).with_name("policy.txt")
CJK_FONT = "STSong-Light"  # an Adobe CID font every PDF reader knows: no font file needed


def policy_lines() -> list[str]:
    return POLICY_TXT.read_text(encoding="utf-8").splitlines()


def policy_pdf(lines: list[str] | None = None) -> bytes:
    """The policy typeset like an official document: a centred title, justified paragraphs with
    a two-character first-line indent (so lines break mid-sentence), half-A5 pages numbered - N -
    (small, so that paragraphs run on across page breaks)."""
    from reportlab.lib.enums import TA_CENTER, TA_JUSTIFY
    from reportlab.lib.pagesizes import A5
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.lib.units import mm
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.cidfonts import UnicodeCIDFont
    from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer

    pdfmetrics.registerFont(UnicodeCIDFont(CJK_FONT))
    title, *body = lines or policy_lines()
    title_style = ParagraphStyle("title", fontName=CJK_FONT, fontSize=16, leading=24, alignment=TA_CENTER,
                                 wordWrap="CJK")
    body_style = ParagraphStyle("body", fontName=CJK_FONT, fontSize=11, leading=18, alignment=TA_JUSTIFY,
                                firstLineIndent=22, wordWrap="CJK")

    def page_number(canvas, doc):
        canvas.setFont(CJK_FONT, 9)
        canvas.drawCentredString(A5[0] / 2, 8 * mm, f"- {doc.page} -")

    buf = io.BytesIO()
    doc = SimpleDocTemplate(buf, pagesize=(A5[0], A5[1] * 0.55), leftMargin=18 * mm, rightMargin=18 * mm, topMargin=20 * mm,
                            bottomMargin=20 * mm, title=title)
    story = [Paragraph(title, title_style), Spacer(1, 12)] + [Paragraph(p, body_style) for p in body]
    doc.build(story, onFirstPage=page_number, onLaterPages=page_number)
    return buf.getvalue()


def scanned_pdf() -> bytes:
    """What a scanner gives: one page that is an image of text-like strokes, and no text layer."""
    from PIL import Image, ImageDraw
    from reportlab.lib.pagesizes import A5
    from reportlab.lib.utils import ImageReader
    from reportlab.pdfgen import canvas

    image = Image.new("L", (420, 595), 255)
    draw = ImageDraw.Draw(image)
    for row in range(60, 540, 24):
        for col in range(40, 380, 18):
            draw.rectangle((col, row, col + 12, row + 12), outline=0)
    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=A5)
    c.drawImage(ImageReader(image), 0, 0, width=A5[0], height=A5[1])
    c.showPage()
    c.save()
    return buf.getvalue()


def policy_html(lines: list[str] | None = None, date: str = "2024-03-15") -> bytes:
    """A saved page of a district government site: menus, breadcrumbs, an info bar with the
    publication date, the policy, related links with their own dates, and a footer."""
    title, *body = lines or policy_lines()
    paragraphs = "\n".join(f"<p style=\"text-indent:2em\">{p}</p>" for p in body)
    page = f"""<!DOCTYPE html>
<html lang="zh-CN"><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8">
<title>{title}_松江区人民政府</title>
<link rel="stylesheet" href="css/style.css"><script src="js/jquery.min.js"></script>
</head><body>
<div class="top-bar">今天是2024年3月20日 星期三 <a href="/login">登录</a> | <a href="/wza">无障碍浏览</a> | <a href="/en">English</a></div>
<div class="header"><img src="logo.png" alt="上海松江"><form action="/search"><input name="q" placeholder="请输入关键字"><button>搜索</button></form></div>
<ul class="nav"><li><a href="/">首页</a></li><li><a href="/zwgk">政务公开</a></li><li><a href="/bsfw">办事服务</a></li>
<li><a href="/hdjl">互动交流</a></li><li><a href="/zjsj">走进松江</a></li></ul>
<div class="breadcrumb">您当前的位置：<a href="/">首页</a> &gt; <a href="/zwgk">政务公开</a> &gt; <a href="/zcwj">政策文件</a> &gt; 正文</div>
<div class="main"><div class="article">
<h1 class="article-title">{title}</h1>
<div class="article-info">发布日期：{date}　　来源：区经委　　浏览次数：1286　　字号：<a href="#">大</a> <a href="#">中</a> <a href="#">小</a></div>
<div class="article-content">
{paragraphs}
</div>
<div class="article-tools"><a href="javascript:window.print()">【打印本页】</a> <a href="javascript:window.close()">【关闭窗口】</a></div>
</div>
<div class="sidebar"><h3>相关文章</h3><ul>
<li><a href="/a1">区领导赴重点企业调研智能制造工作</a><span>2024-03-12</span></li>
<li><a href="/a2">关于开展2024年度区级专项资金项目申报工作的通知</a><span>2024-02-01</span></li>
<li><a href="/a3">松江区召开制造业高质量发展推进大会</a><span>2024-01-18</span></li></ul></div></div>
<div class="footer"><p>主办：上海市松江区人民政府办公室　承办：松江区大数据中心</p>
<p>沪ICP备12345678号-1　沪公网安备31011702000001号　网站标识码：3101170001</p>
<p>地址：上海市松江区园中路1号　邮编：201620　电话：021-57700000</p>
<p><a href="/sitemap">网站地图</a> | <a href="/contact">联系我们</a> | <a href="/privacy">隐私声明</a></p></div>
</body></html>
"""
    return page.encode("utf-8")


# Traditional-character policy text for the Big5 file (Big5 cannot encode simplified forms).
BIG5_TEXT = """臺中市支持智慧製造產業發展若干措施
為加快推動本市智慧製造產業發展，制定以下措施。
一、支持企業智慧化改造。對企業實施智慧化技術改造項目，按設備投資額的20%給予補助，單個項目最高不超過500萬元。（責任單位：市經濟發展局）
二、支持工業軟體研發。對企業自主研發的工業軟體產品，按研發投入的10%給予補助，每家企業每年最高100萬元。（責任單位：市經濟發展局）
三、本措施自2024年4月1日起施行，有效期三年。
"""


def write_all(directory: Path) -> list[Path]:
    directory.mkdir(parents=True, exist_ok=True)
    files = {"policy.pdf": policy_pdf(), "scanned.pdf": scanned_pdf(), "policy.html": policy_html(),
             "big5.txt": BIG5_TEXT.encode("big5")}
    for name, data in files.items():
        (directory / name).write_bytes(data)
    return [directory / name for name in files]


if __name__ == "__main__":
    for path in write_all(Path(sys.argv[1] if len(sys.argv) > 1 else "docs")):
        print(path)
