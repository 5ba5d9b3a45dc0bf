using YamlDotNet.RepresentationModel;
using static Marketplace.Web.Features.Catalog.PublicCode.PublicCodeFormats;
using static Marketplace.Web.Features.Catalog.PublicCode.YamlNodes;

namespace Marketplace.Web.Features.Catalog.PublicCode;

internal sealed partial class PublicCodeChecker
{
    private static readonly HashSet<string> _descriptionKeys =
    [
        "localisedName", "genericName", "shortDescription", "longDescription", "documentation", "apiDocumentation",
        "features", "screenshots", "videos", "awards",
    ];

    /// <summary>The path of one language's description, as the reference writes it: dotted, or bracketed when the tag has a hyphen.</summary>
    public static string DescriptionPath(string language) =>
        language.Contains('-', StringComparison.Ordinal) ? $"description[{language}]" : $"description.{language}";

    private void CheckDescriptions()
    {
        if (ReadMapping(root, "", "description", required: true) is not { } descriptions)
        {
            return;
        }

        var at = EntryAt(root, "description");
        if (descriptions.Children.Count == 0)
        {
            Error("description", at, "Empty");
        }

        foreach (var (key, value) in descriptions.Children)
        {
            var language = (key as YamlScalarNode)?.Value ?? "";
            if (!IsLanguageTag(language))
            {
                Error("description", at, "InvalidLanguage", language);
            }

            var path = DescriptionPath(language);
            if (value is not YamlMappingNode description)
            {
                TypeError(path, value, "mapping");
                continue;
            }

            var typeErrors = Errors.Count(e => e.Code == "WrongType");
            CheckDescription(description, path);
            if (Errors.Count(e => e.Code == "WrongType") > typeErrors)
            {
                Error("description", at, "InvalidDescription", language);
            }
        }
    }

    private void CheckDescription(YamlMappingNode description, string path)
    {
        UnknownKeys(description, path, _descriptionKeys);
        ReadString(description, path, "localisedName", required: false);
        if (ReadString(description, path, "genericName", required: false) is { Length: > 0 } genericName)
        {
            Warn(Child(path, "genericName"), EntryAt(description, "genericName"), "Deprecated", "genericName");
            CheckLength(description, path, "genericName", genericName, 0, 35);
        }

        if (ReadString(description, path, "shortDescription", required: true) is { Length: > 0 } shortDescription)
        {
            CheckLength(description, path, "shortDescription", shortDescription, 0, 150);
        }

        if (ReadString(description, path, "longDescription", required: true) is { Length: > 0 } longDescription)
        {
            CheckLength(description, path, "longDescription", longDescription, 150, 10000);
        }

        foreach (var key in (string[])["documentation", "apiDocumentation"])
        {
            if (ReadString(description, path, key, required: false) is { } url && !IsHttpUrl(url))
            {
                Error(Child(path, key), EntryAt(description, key), "InvalidHttpUrl", url);
            }
        }

        var features = ReadList(description, path, "features", required: true);
        if (features is { Children.Count: 0 })
        {
            Error(Child(path, "features"), EntryAt(description, "features"), "Empty");
        }

        ReadStrings(features, Child(path, "features"));
        foreach (var (text, node, itemPath) in ReadStrings(ReadList(description, path, "screenshots", required: false), Child(path, "screenshots")))
        {
            CheckFile(itemPath, node.Start, text, ImageFiles.ScreenshotExtensions);
        }

        foreach (var (text, node, itemPath) in ReadStrings(ReadList(description, path, "videos", required: false), Child(path, "videos")))
        {
            if (!IsHttpUrl(text))
            {
                Error(itemPath, node.Start, "InvalidHttpUrl", text);
            }
        }

        ReadStrings(ReadList(description, path, "awards", required: false), Child(path, "awards"));
    }

    private void CheckLength(YamlMappingNode mapping, string path, string key, string text, int min, int max)
    {
        var length = Length(text);
        if (length > max)
        {
            Error(Child(path, key), EntryAt(mapping, key), "TooLong", max.ToString(), length.ToString());
        }
        else if (length < min)
        {
            Error(Child(path, key), EntryAt(mapping, key), "TooShort", min.ToString(), length.ToString());
        }
    }

    private static readonly HashSet<string> _audienceKeys = ["scope", "countries", "unsupportedCountries"];

    private void CheckIntendedAudience()
    {
        if (ReadMapping(root, "", "intendedAudience", required: false) is not { } audience)
        {
            return;
        }

        UnknownKeys(audience, "intendedAudience", _audienceKeys);
        CheckEnumerations(ReadList(audience, "intendedAudience", "scope", required: false), "intendedAudience.scope", PublicCodeVocabulary.Scopes, "UnknownScope");
        foreach (var key in (string[])["countries", "unsupportedCountries"])
        {
            var path = Child("intendedAudience", key);
            foreach (var (text, node, itemPath) in ReadStrings(ReadList(audience, "intendedAudience", key, required: false), path))
            {
                var upper = text.ToUpperInvariant();
                if (!PublicCodeVocabulary.Countries.Contains(upper) || (text != upper && text != text.ToLowerInvariant()))
                {
                    Error(itemPath, node.Start, "UnknownCountry", text);
                }
                else if (text != upper)
                {
                    Warn(itemPath, node.Start, "LowercaseCountry", text, upper);
                }
            }
        }
    }
}
