using YamlDotNet.RepresentationModel;
using static Marketplace.Web.Features.Catalog.PublicCode.PublicCodeFormats;
using static Marketplace.Web.Features.Catalog.PublicCode.YamlNodes;

namespace Marketplace.Web.Features.Catalog.PublicCode;

internal sealed partial class PublicCodeChecker
{
    private static readonly HashSet<string> _rootKeys =
    [
        "publiccodeYmlVersion", "name", "applicationSuite", "url", "landingURL", "isBasedOn", "softwareVersion", "releaseDate",
        "logo", "monochromeLogo", "organisation", "inputTypes", "outputTypes", "platforms", "categories", "usedBy", "fundedBy",
        "roadmap", "developmentStatus", "softwareType", "intendedAudience", "description", "legal", "maintenance",
        "localisation", "dependsOn", "supports", "IT", "it",
    ];

    public void Check()
    {
        UnknownKeys(root, "", _rootKeys);
        CheckVersion();
        ReadString(root, "", "name", required: true);
        ReadString(root, "", "applicationSuite", required: false);
        CheckUrl("url", required: true, http: false);
        CheckUrl("landingURL", required: false, http: true);
        CheckUrl("roadmap", required: false, http: true);
        CheckIsBasedOn();
        ReadString(root, "", "softwareVersion", required: false);
        if (ReadString(root, "", "releaseDate", required: false) is { } date && !IsDate(date))
        {
            Error("releaseDate", EntryAt(root, "releaseDate"), "InvalidDate", date);
        }

        CheckLogos();
        CheckOrganisation();
        CheckMimeTypes("inputTypes");
        CheckMimeTypes("outputTypes");
        if (ReadList(root, "", "platforms", required: true) is { } platforms)
        {
            if (platforms.Children.Count == 0)
            {
                Error("platforms", EntryAt(root, "platforms"), "Empty");
            }

            ReadStrings(platforms, "platforms");
        }

        CheckEnumerations(ReadList(root, "", "categories", required: false), "categories", PublicCodeVocabulary.Categories, "UnknownCategory");
        ReadStrings(ReadList(root, "", "usedBy", required: false), "usedBy");
        CheckFundedBy();
        CheckChoice(root, "", "developmentStatus", PublicCodeVocabulary.DevelopmentStatuses);
        CheckChoice(root, "", "softwareType", PublicCodeVocabulary.SoftwareTypes);
        CheckIntendedAudience();
        CheckDescriptions();
        CheckLegal();
        CheckMaintenance();
        CheckLocalisation();
        CheckDependsOn();
        CheckSupports();
        CheckCountrySection();
    }

    private void CheckVersion()
    {
        var version = ReadString(root, "", "publiccodeYmlVersion", required: true);
        if (version is null)
        {
            return;
        }

        if (!PublicCodeVocabulary.Versions.Contains(version))
        {
            Error("publiccodeYmlVersion", EntryAt(root, "publiccodeYmlVersion"), "UnsupportedVersion", version);
        }
        else if (version != "0")
        {
            Warn("publiccodeYmlVersion", EntryAt(root, "publiccodeYmlVersion"), "OldVersion", version);
        }
    }

    private void CheckUrl(string key, bool required, bool http)
    {
        if (ReadString(root, "", key, required) is { } url && !(http ? IsHttpUrl(url) : IsUrl(url)))
        {
            Error(key, EntryAt(root, key), http ? "InvalidHttpUrl" : "InvalidUrl", url);
        }
    }

    private void CheckIsBasedOn()
    {
        switch (Get(root, "isBasedOn"))
        {
            case YamlScalarNode scalar when Text(scalar) is { } single:
                if (!IsUrl(single))
                {
                    Error("isBasedOn[0]", EntryAt(root, "isBasedOn"), "InvalidUrl", single);
                }

                break;
            case YamlSequenceNode list:
                foreach (var (text, node, path) in ReadStrings(list, "isBasedOn"))
                {
                    if (!IsUrl(text))
                    {
                        Error(path, node.Start, "InvalidUrl", text);
                    }
                }

                break;
            case YamlMappingNode mapping:
                TypeError("isBasedOn", mapping, "string or list");
                break;
        }
    }

    private void CheckOrganisation()
    {
        if (ReadMapping(root, "", "organisation", required: false) is { } organisation)
        {
            CheckOrganisationEntry(organisation, "organisation");
        }
    }

    private void CheckFundedBy()
    {
        var list = ReadList(root, "", "fundedBy", required: false);
        for (var i = 0; list is not null && i < list.Children.Count; i++)
        {
            if (list.Children[i] is YamlMappingNode entry)
            {
                CheckOrganisationEntry(entry, Item("fundedBy", i));
            }
            else
            {
                TypeError(Item("fundedBy", i), list.Children[i], "mapping");
            }
        }
    }

    private static readonly HashSet<string> _organisationKeys = ["name", "uri"];

    private void CheckOrganisationEntry(YamlMappingNode entry, string path)
    {
        UnknownKeys(entry, path, _organisationKeys);
        ReadString(entry, path, "name", required: false);
        if (ReadString(entry, path, "uri", required: true) is not { } uri)
        {
            return;
        }

        const string italianPa = "urn:x-italian-pa:";
        var valid = uri.StartsWith(italianPa, StringComparison.Ordinal) ? IsIpaCode(uri[italianPa.Length..]) : IsUri(uri);
        if (!valid)
        {
            Error(Child(path, "uri"), EntryAt(entry, "uri"), "InvalidUri", uri);
        }
    }

    private void CheckMimeTypes(string key)
    {
        if (KeyNode(root, key) is { } at)
        {
            Warn(key, at.Start, "Deprecated", key);
        }

        foreach (var (text, node, path) in ReadStrings(ReadList(root, "", key, required: false), key))
        {
            if (!IsMimeType(text))
            {
                Error(path, node.Start, "InvalidMimeType", text);
            }
        }
    }

    private void CheckEnumerations(YamlSequenceNode? list, string path, IReadOnlySet<string> allowed, string code)
    {
        foreach (var (text, node, itemPath) in ReadStrings(list, path))
        {
            if (!allowed.Contains(text))
            {
                Error(itemPath, node.Start, code, text);
            }
        }
    }

    private void CheckChoice(YamlMappingNode mapping, string path, string key, IReadOnlySet<string> allowed)
    {
        if (ReadString(mapping, path, key, required: true) is { Length: > 0 } value && !allowed.Contains(value))
        {
            Error(Child(path, key), EntryAt(mapping, key), "NotOneOf", value, string.Join(", ", allowed));
        }
    }
}
