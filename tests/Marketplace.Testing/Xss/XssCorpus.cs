namespace Marketplace.Testing.Xss;

/// <summary>
/// The one list of known XSS payloads that every test of user-written Markdown uses (unit, integration, browser), so
/// that a payload added here is tried everywhere at once. Written for this project; the families follow the
/// OWASP XSS Filter Evasion Cheat Sheet (cheatsheetseries.owasp.org/cheatsheets/XSS_Filter_Evasion_Cheat_Sheet.html),
/// the PortSwigger XSS cheat sheet (portswigger.net/web-security/cross-site-scripting/cheat-sheet), the HTML5 Security
/// Cheatsheet (html5sec.org) and the CommonMark spec's link, autolink and entity rules (spec.commonmark.org).
/// Every payload that would run script calls <c>alert</c>, <c>confirm</c> or <c>prompt</c>, so a browser test that
/// listens for dialogs sees any that slips through.
/// </summary>
public static class XssCorpus
{
    /// <summary>The path of an image as the site's uploads name it; it exists nowhere, which is fine for rendering.</summary>
    public const string UploadedImage = "/unggahan/0123456789abcdef0123456789abcdef.png";

    private const string ScriptDataUrl = "data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==";

    public static IReadOnlyList<XssPayload> All { get; } = Build();

    /// <summary>The payload called <paramref name="name"/>; tests take names as theory data so each shows by name.</summary>
    public static XssPayload Get(string name) =>
        All.SingleOrDefault(p => p.Name == name) ?? throw new ArgumentException($"No payload named {name}.", nameof(name));

    /// <summary>
    /// The payloads (all of them unless given) in one Markdown document, each after its own <see cref="Marker"/>
    /// paragraph and followed by a thematic break, so that one payload's unclosed syntax cannot swallow the next.
    /// </summary>
    public static string AsOneDocument(IEnumerable<XssPayload>? payloads = null) =>
        string.Join("\n\n", (payloads ?? All).Select(p => $"{Marker(p)}\n\n{p.Markdown}\n\n---"));

    /// <summary>The plain text before a payload in <see cref="AsOneDocument"/>: seeing it on a page proves the payload was there.</summary>
    public static string Marker(XssPayload payload) => $"Muatan uji {payload.Name}";

    /// <summary>The corpus cut into documents of at most <paramref name="maxLength"/> characters, for size-limited forms.</summary>
    public static IReadOnlyList<IReadOnlyList<XssPayload>> Batches(int maxLength)
    {
        var batches = new List<IReadOnlyList<XssPayload>>();
        var current = new List<XssPayload>();
        foreach (var payload in All)
        {
            if (current.Count > 0 && AsOneDocument([.. current, payload]).Length > maxLength)
            {
                batches.Add(current);
                current = [];
            }

            current.Add(payload);
        }

        batches.Add(current);
        return batches;
    }

    private static List<XssPayload> Build()
    {
        var list = new List<XssPayload>();
        void Add(string category, string name, string markdown) => list.Add(new(category + "-" + name, category, markdown));

        // Script elements: raw HTML is off, but each must stay text whatever its case, nesting or brokenness.
        Add("script", "plain", "<script>alert(1)</script>");
        Add("script", "mixed-case", "<ScRiPt>alert(1)</sCrIpT>");
        Add("script", "external-src", "<SCRIPT SRC=https://evil.example/x.js></SCRIPT>");
        Add("script", "nested-split", "<scr<script>ipt>alert(1)</scr</script>ipt>");
        Add("script", "unclosed", "<script>alert(1)");
        Add("script", "slash-attribute", "<script/xss src=\"https://evil.example/x.js\"></script>");
        Add("script", "double-open", "<<script>alert(1);//<</script>");
        Add("script", "inside-text", "Laporan bulanan <script>alert(document.cookie)</script> selesai.");
        Add("script", "inside-html-block", "<div>\n<script>alert(1)</script>\n</div>");
        Add("script", "closing-breakout", "</textarea></title></style><script>alert(1)</script>");

        // Event handlers in many elements, with odd spacing, quotes and separators.
        Add("event", "img-onerror", "<img src=x onerror=alert(1)>");
        Add("event", "img-onerror-quoted", "<img src=\"x\" onerror=\"alert('1')\">");
        Add("event", "img-onerror-backtick", "<img src=x onerror=`alert(1)`>");
        Add("event", "odd-spacing", "<img src=x onerror  =  alert(1) >");
        Add("event", "slash-separators", "<img/src=x/onerror=alert(1)>");
        Add("event", "newline-in-tag", "<img src=x\nonerror=alert(1)>");
        Add("event", "body-onload", "<body onload=alert(1)>");
        Add("event", "div-onmouseover", "<div onmouseover=\"alert(1)\">arahkan ke sini</div>");
        Add("event", "a-onclick", "<a href=\"#\" onclick=\"alert(1)\">tautan</a>");
        Add("event", "input-autofocus", "<input autofocus onfocus=alert(1)>");
        Add("event", "details-ontoggle", "<details open ontoggle=alert(1)>");
        Add("event", "video-source", "<video><source onerror=\"alert(1)\"></video>");
        Add("event", "audio-onerror", "<audio src=x onerror=confirm(1)>");
        Add("event", "marquee-onstart", "<marquee onstart=alert(1)>berjalan</marquee>");
        Add("event", "in-bold", "**<img src=x onerror=alert(1)>**");
        Add("event", "in-heading", "# <img src=x onerror=alert(1)>");
        Add("event", "in-table", "| a | b |\n|---|---|\n| <img src=x onerror=alert(1)> | [x](javascript:alert(1)) |");
        Add("event", "task-list-input", "- [ ] <input type=text onfocus=alert(1) autofocus>\n- [x] selesai");

        // javascript:, vbscript: and data: URLs: plain, cased, entity-encoded, with invisible characters, percent-encoded.
        Add("url", "javascript", "[klik](javascript:alert(1))");
        Add("url", "javascript-mixed-case", "[klik](JaVaScRiPt:alert(1))");
        Add("url", "javascript-angle-brackets", "[klik](<javascript:alert(1)>)");
        Add("url", "javascript-spaces", "[klik](<  javascript:alert(1)  >)");
        Add("url", "entity-decimal", "[klik](&#106;&#97;&#118;&#97;&#115;&#99;&#114;&#105;&#112;&#116;&#58;alert(1))");
        Add("url", "entity-hex", "[klik](&#x6A;avascript&#x3A;alert(1))");
        Add("url", "entity-zero-padded", "[klik](&#0000106;&#0000097;vascript:alert(1))");
        Add("url", "entity-colon", "[klik](javascript&colon;alert(1))");
        Add("url", "entity-tab", "[klik](java&Tab;script:alert(1))");
        Add("url", "entity-newline", "[klik](java&NewLine;script:alert(1))");
        Add("url", "entity-hex-tab", "[klik](jav&#x09;ascript:alert(1))");
        Add("url", "raw-tab-in-angle", "[klik](<java\tscript:alert(1)>)");
        Add("url", "zero-width-space", "[klik](java\u200Bscript:alert(1))");
        Add("url", "zero-width-joiner", "[klik](\u200Djavascript:alert(1))");
        Add("url", "byte-order-mark", "[klik](\uFEFFjavascript:alert(1))");
        Add("url", "percent-encoded-scheme", "[klik](%6Aavascript:alert(1))");
        Add("url", "percent-encoded-colon", "[klik](javascript%3Aalert(1))");
        Add("url", "percent-newline", "[klik](java%0ascript:alert(1))");
        Add("url", "vbscript", "[klik](vbscript:msgbox(1))");
        Add("url", "data-html", $"[klik]({ScriptDataUrl})");
        Add("url", "data-mixed-case", "[klik](DaTa:text/html,<script>alert(1)</script>)");
        Add("url", "html-anchor-javascript", "<a href=\"javascript:alert(1)\">klik</a>");
        Add("url", "html-anchor-entity-tab", "<a href=\"jav&#x09;ascript:alert(1)\">klik</a>");
        Add("url", "html-anchor-no-semicolons", "<a href=\"&#106&#97&#118&#97&#115&#99&#114&#105&#112&#116&#58alert(1)\">klik</a>");
        Add("url", "unc-path", "[berkas](\\\\evil.example\\share)");
        Add("url", "protocol-relative-backslash", "[x](/\\evil.example/x)");

        // Markdown link and image forms: references, autolinks, titles and text that try to break out.
        Add("markdown", "reference-link", "[klik][r]\n\n[r]: javascript:alert(1)");
        Add("markdown", "reference-collapsed-titled", "[klik][]\n\n[klik]: <javascript:alert(1)> \"judul\"");
        Add("markdown", "reference-shortcut-data", "[klik]\n\n[klik]: data:text/html,alert(1)");
        Add("markdown", "reference-image", "![gambar][g]\n\n[g]: javascript:alert(1)");
        Add("markdown", "autolink-javascript", "<javascript:alert(1)>");
        Add("markdown", "autolink-vbscript", "<VBScript:msgbox(1)>");
        Add("markdown", "autolink-data", "<data:text/html;base64,PHNjcmlwdD4=>");
        Add("markdown", "bare-javascript-text", "javascript:alert(1)//www.example.go.id");
        Add("markdown", "www-autolink-quote", "www.example.go.id\"onmouseover=\"alert(1)");
        Add("markdown", "image-data-html", $"![x]({ScriptDataUrl})");
        Add("markdown", "image-data-svg", "![x](data:image/svg+xml;base64,PHN2ZyBvbmxvYWQ9YWxlcnQoMSk+)");
        Add("markdown", "image-javascript", "![x](javascript:alert(1))");
        Add("markdown", "image-external-tracker", "![piksel](https://evil.example/track.png)");
        Add("markdown", "title-double-quote-breakout", "[x](https://example.go.id \"judul\\\" onmouseover=\\\"alert(1)\")");
        Add("markdown", "title-single-quote-breakout", "[x](https://example.go.id 'a' onclick='alert(1)')");
        Add("markdown", "url-quote-breakout", "[x](https://example.go.id\"onmouseover=\"alert(1))");
        Add("markdown", "image-url-quote-breakout", "![x](https://example.go.id/a.png\"onerror=\"alert(1))");
        Add("markdown", "alt-quote-breakout", $"![\" onerror=\"alert(1)]({UploadedImage})");
        Add("markdown", "link-text-html", "[<img src=x onerror=alert(1)>](https://example.go.id)");
        Add("markdown", "link-text-bold-and-html", "[**tebal** <b onmouseover=alert(1)>x</b>](javascript:alert(1))");
        Add("markdown", "image-inside-javascript-link", $"[![x]({UploadedImage})](javascript:alert(1))");

        // SVG and MathML: own parsing rules, own ways to carry URLs and handlers.
        Add("svg", "onload", "<svg onload=alert(1)>");
        Add("svg", "script-inside", "<svg><script>alert(1)</script></svg>");
        Add("svg", "use-href-data", "<svg><use href=\"data:image/svg+xml;base64,PHN2ZyBpZD0neCcgeG1sbnM9J2h0dHA6Ly93d3cudzMub3JnLzIwMDAvc3ZnJz48aW1hZ2UgaHJlZj0neCcgb25lcnJvcj0nYWxlcnQoMSknLz48L3N2Zz4=#x\"/></svg>");
        Add("svg", "animate-href", "<svg><a><animate attributeName=href values=javascript:alert(1) /><text x=20 y=20>klik</text></a></svg>");
        Add("svg", "xlink-href", "<svg><a xlink:href=\"javascript:alert(1)\"><text x=\"20\" y=\"20\">klik</text></a></svg>");
        Add("svg", "set-handler", "<svg><set attributeName=onmouseover to=alert(1) /></svg>");
        Add("svg", "foreign-object", "<svg><foreignObject><iframe src=javascript:alert(1)></iframe></foreignObject></svg>");
        Add("mathml", "href", "<math href=\"javascript:alert(1)\">klik</math>");
        Add("mathml", "maction-xlink", "<math><maction actiontype=\"statusline\" xlink:href=\"javascript:alert(1)\">klik</maction></math>");
        Add("mathml", "namespace-confusion", "<math><mtext><table><mglyph><style><img src=x onerror=alert(1)>");

        // Embedding and navigation elements.
        Add("embed", "iframe-javascript", "<iframe src=\"javascript:alert(1)\"></iframe>");
        Add("embed", "iframe-srcdoc", "<iframe srcdoc=\"&lt;script&gt;alert(1)&lt;/script&gt;\"></iframe>");
        Add("embed", "object-data", $"<object data=\"{ScriptDataUrl}\"></object>");
        Add("embed", "embed-src", "<embed src=\"javascript:alert(1)\">");
        Add("embed", "base-href", "<base href=\"javascript:alert(1)//\">");
        Add("embed", "meta-refresh", "<meta http-equiv=\"refresh\" content=\"0;url=javascript:alert(1)\">");
        Add("embed", "form-action", "<form action=\"javascript:alert(1)\"><button>kirim</button></form>");
        Add("embed", "button-formaction", "<button formaction=\"javascript:alert(1)\">kirim</button>");
        Add("embed", "link-stylesheet", "<link rel=\"stylesheet\" href=\"javascript:alert(1)\">");

        // Style: attributes, blocks, expression() and url(javascript:).
        Add("style", "expression", "<div style=\"width: expression(alert(1))\">x</div>");
        Add("style", "url-javascript", "<p style=\"background:url(javascript:alert(1))\">teks</p>");
        Add("style", "block-import", "<style>@import 'javascript:alert(1)';</style>");
        Add("style", "block-url", "<style>body{background:url(\"javascript:alert(1)\")}</style>");

        // Entities, comments and CDATA that hide markup from a naive filter.
        Add("entity", "escaped-script", "&lt;script&gt;alert(1)&lt;/script&gt;");
        Add("entity", "hex-in-attribute", "<a href=\"&#x6A;avascript&#x3A;alert(1)\">klik</a>");
        Add("entity", "double-encoded", "[klik](&amp;#106;avascript:alert(1))");
        Add("comment", "hidden-attribute", "<!--<img src=\"--><img src=x onerror=alert(1)//\">");
        Add("comment", "conditional", "<!--[if gte IE 4]><script>alert(1)</script><![endif]-->");
        Add("comment", "cdata", "<![CDATA[<script>alert(1)</script>]]>");
        Add("comment", "processing-instruction", "<?xml-stylesheet href=\"javascript:alert(1)\"?>");

        // Template syntax that a client-side framework or a server template would evaluate, and code that must stay code.
        Add("template", "angular", "{{constructor.constructor('alert(1)')()}}");
        Add("template", "js-literal", "${alert(1)}");
        Add("template", "server-tags", "<%= alert(1) %> @{ alert(1); } {% raw %}");
        Add("template", "code-span", "`<script>alert(1)</script>`");
        Add("template", "fenced-code", "```html\n<script>alert(1)</script>\n<img src=x onerror=alert(1)>\n```");

        // One string aimed at several contexts at once.
        Add("polyglot", "quotes-and-tags", "\"'><svg/onload=alert(1)>--!></script><img src=x onerror=prompt(1)>");
        return list;
    }
}
