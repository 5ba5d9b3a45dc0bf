using YamlDotNet.RepresentationModel;
using static Marketplace.Web.Features.Catalog.PublicCode.PublicCodeFormats;
using static Marketplace.Web.Features.Catalog.PublicCode.YamlNodes;

namespace Marketplace.Web.Features.Catalog.PublicCode;

/// <summary>The <c>supports</c> key and the Italian country section, which the platform keeps opaque but still checks.</summary>
internal sealed partial class PublicCodeChecker
{
    private static readonly HashSet<string> _itKeys = ["countryExtensionVersion", "conforme", "riuso", "piattaforme"];
    private static readonly HashSet<string> _conformeKeys = ["lineeGuidaDesign", "modelloInteroperabilita", "misureMinimeSicurezza", "gdpr"];
    private static readonly HashSet<string> _riusoKeys = ["codiceIPA"];
    private static readonly HashSet<string> _piattaformeKeys = ["spid", "pagopa", "cie", "anpr", "io"];
    private static readonly HashSet<string> _supportKeys = ["id"];

    private void CheckSupports() =>
        CheckEntries(ReadList(root, "", "supports", required: false), "supports", (support, path) =>
        {
            UnknownKeys(support, path, _supportKeys);
            if (ReadString(support, path, "id", required: true) is not { Length: > 0 } id)
            {
                return;
            }

            var valid = id.StartsWith("alias:", StringComparison.Ordinal)
                ? PublicCodeVocabulary.SupportAliases.Contains(id["alias:".Length..])
                : IsUri(id);
            if (!valid)
            {
                Error(Child(path, "id"), EntryAt(support, "id"), "UnknownSupport", id);
            }
        });

    private void CheckCountrySection()
    {
        var upper = ReadMapping(root, "", "IT", required: false);
        var lower = ReadMapping(root, "", "it", required: false);
        if (lower is not null)
        {
            Warn("it", EntryAt(root, "it"), "LowercaseCountrySection");
        }

        if (upper is not null && lower is not null)
        {
            Error("it", EntryAt(root, "it"), "DuplicateCountrySection");
        }

        if ((upper ?? lower) is not { } section)
        {
            return;
        }

        const string path = "IT";
        UnknownKeys(section, path, _itKeys);
        if (ReadString(section, path, "countryExtensionVersion", required: false) is { } version && version is not ("0.2" or "1.0"))
        {
            Error("IT.countryExtensionVersion", EntryAt(section, "countryExtensionVersion"), "NotOneOf", version, "0.2, 1.0");
        }

        if (ReadMapping(section, path, "conforme", required: false) is { } conforme)
        {
            Warn("IT.conforme", EntryAt(section, "conforme"), "Deprecated", "conforme");
            CheckFlags(conforme, "IT.conforme", _conformeKeys);
        }

        if (ReadMapping(section, path, "riuso", required: false) is { } riuso)
        {
            UnknownKeys(riuso, "IT.riuso", _riusoKeys);
            if (ReadString(riuso, "IT.riuso", "codiceIPA", required: false) is { Length: > 0 } code)
            {
                if (IsIpaCode(code))
                {
                    Warn("IT.riuso.codiceIPA", EntryAt(riuso, "codiceIPA"), "DeprecatedUse", "codiceIPA", "organisation.uri: urn:x-italian-pa:" + code);
                }
                else
                {
                    Error("IT.riuso.codiceIPA", EntryAt(riuso, "codiceIPA"), "InvalidIpaCode", code);
                }
            }
        }

        if (ReadMapping(section, path, "piattaforme", required: false) is { } piattaforme)
        {
            CheckFlags(piattaforme, "IT.piattaforme", _piattaformeKeys);
        }
    }

    private void CheckFlags(YamlMappingNode flags, string path, IReadOnlySet<string> keys)
    {
        UnknownKeys(flags, path, keys);
        foreach (var key in keys)
        {
            ReadBool(flags, path, key, required: false);
        }
    }
}
