using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.AspNetCore.Mvc.ViewFeatures;
using Microsoft.AspNetCore.Razor.TagHelpers;

namespace Marketplace.Web.Features.Shared;

/// <summary>
/// <c>&lt;field for="Input.Email" type="email" autocomplete="email" hint="..." /&gt;</c>: a label, an input, an optional hint
/// and the validation message, wired with aria-describedby and aria-invalid so every form is accessible the same way.
/// Passwords are never echoed back.
/// </summary>
[HtmlTargetElement("field", TagStructure = TagStructure.WithoutEndTag)]
public sealed class FieldTagHelper(IHtmlGenerator generator) : TagHelper
{
    [HtmlAttributeName("for")]
    public required Microsoft.AspNetCore.Mvc.ViewFeatures.ModelExpression For { get; set; }

    [HtmlAttributeName("type")]
    public string Type { get; set; } = "text";

    [HtmlAttributeName("autocomplete")]
    public string? Autocomplete { get; set; }

    [HtmlAttributeName("hint")]
    public string? Hint { get; set; }

    [HtmlAttributeName("inputmode")]
    public string? InputMode { get; set; }

    [ViewContext]
    [HtmlAttributeNotBound]
    public required ViewContext ViewContext { get; set; }

    public override void Process(TagHelperContext context, TagHelperOutput output)
    {
        var name = For.Name;
        var id = TagBuilder.CreateSanitizedId(name, "_");
        var invalid = ViewContext.ViewData.ModelState.TryGetValue(name, out var state) && state.Errors.Count > 0;
        var describedBy = string.Join(' ', new[] { Hint is null ? null : id + "-hint", id + "-error" }.OfType<string>());

        var attributes = new Dictionary<string, object?> { ["type"] = Type, ["aria-describedby"] = describedBy };
        if (Autocomplete is not null)
        {
            attributes["autocomplete"] = Autocomplete;
        }

        if (InputMode is not null)
        {
            attributes["inputmode"] = InputMode;
        }

        if (invalid)
        {
            attributes["aria-invalid"] = "true";
        }

        if (For.Metadata.IsRequired)
        {
            attributes["aria-required"] = "true";
        }

        var input = Type == "password"
            ? generator.GeneratePassword(ViewContext, For.ModelExplorer, name, value: null, attributes)
            : generator.GenerateTextBox(ViewContext, For.ModelExplorer, name, For.Model, format: null, attributes);

        output.TagName = "div";
        output.TagMode = TagMode.StartTagAndEndTag;
        output.Attributes.SetAttribute("class", "field");
        output.Content.AppendHtml(generator.GenerateLabel(ViewContext, For.ModelExplorer, name, labelText: null, htmlAttributes: null));
        output.Content.AppendHtml(input);
        if (Hint is not null)
        {
            output.Content.AppendHtml($"<p class=\"hint\" id=\"{id}-hint\">").Append(Hint).AppendHtml("</p>");
        }

        output.Content.AppendHtml(generator.GenerateValidationMessage(ViewContext, For.ModelExplorer, name, message: null, tag: "span",
            htmlAttributes: new Dictionary<string, object> { ["id"] = id + "-error", ["class"] = "field-error" }));
    }
}
