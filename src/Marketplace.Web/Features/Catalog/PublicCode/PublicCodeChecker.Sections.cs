using YamlDotNet.RepresentationModel;
using static Marketplace.Web.Features.Catalog.PublicCode.PublicCodeFormats;
using static Marketplace.Web.Features.Catalog.PublicCode.YamlNodes;

namespace Marketplace.Web.Features.Catalog.PublicCode;

internal sealed partial class PublicCodeChecker
{
    private static readonly HashSet<string> _legalKeys = ["license", "mainCopyrightOwner", "repoOwner", "authorsFile"];
    private static readonly HashSet<string> _maintenanceKeys = ["type", "contractors", "contacts"];
    private static readonly HashSet<string> _contractorKeys = ["name", "email", "website", "until"];
    private static readonly HashSet<string> _contactKeys = ["name", "email", "affiliation", "phone"];
    private static readonly HashSet<string> _localisationKeys = ["localisationReady", "availableLanguages"];
    private static readonly HashSet<string> _dependsOnKeys = ["open", "proprietary", "hardware"];
    private static readonly HashSet<string> _dependencyKeys = ["name", "versionMin", "versionMax", "version", "optional"];

    /// <summary>A required section that is absent, or is not a mapping, is reported on its required keys too.</summary>
    private YamlMappingNode? ReadSection(string key, params string[] requiredKeys)
    {
        var value = Get(root, key);
        if (value is YamlMappingNode section)
        {
            return section;
        }

        if (value is not null && !IsNull(value))
        {
            TypeError(key, value, "mapping");
        }

        var at = value is not null && !IsNull(value) ? value.Start : KeyNode(root, key)?.Start ?? root.Start;
        foreach (var required in requiredKeys)
        {
            Error(Child(key, required), at, "Required");
        }

        return null;
    }

    private void CheckLegal()
    {
        if (ReadSection("legal", "license") is not { } legal)
        {
            return;
        }

        UnknownKeys(legal, "legal", _legalKeys);
        if (ReadString(legal, "legal", "license", required: true) is { Length: > 0 } license && !SpdxExpression.IsValid(license))
        {
            Error("legal.license", EntryAt(legal, "license"), "InvalidLicense", license);
        }

        ReadString(legal, "legal", "mainCopyrightOwner", required: false);
        if (ReadString(legal, "legal", "repoOwner", required: false) is not null)
        {
            Warn("legal.repoOwner", EntryAt(legal, "repoOwner"), "DeprecatedUse", "repoOwner", "organisation.name");
        }

        if (ReadString(legal, "legal", "authorsFile", required: false) is { } authors)
        {
            Warn("legal.authorsFile", EntryAt(legal, "authorsFile"), "Deprecated", "authorsFile");
            CheckFile("legal.authorsFile", EntryAt(legal, "authorsFile"), authors, extensions: null);
        }
    }

    private void CheckMaintenance()
    {
        if (ReadSection("maintenance", "type") is not { } maintenance)
        {
            return;
        }

        UnknownKeys(maintenance, "maintenance", _maintenanceKeys);
        CheckChoice(maintenance, "maintenance", "type", PublicCodeVocabulary.MaintenanceTypes);
        var type = Text(Get(maintenance, "type"));
        var contractorsGiven = !IsNull(Get(maintenance, "contractors"));
        if (type == "contract")
        {
            var contractors = ReadList(maintenance, "maintenance", "contractors", required: true);
            if (contractors is null && contractorsGiven)
            {
                Error("maintenance.type", EntryAt(maintenance, "type"), "ContractorsRequired");
            }

            CheckEntries(contractors, "maintenance.contractors", CheckContractor);
        }
        else if (contractorsGiven)
        {
            Error("maintenance.contractors", EntryAt(maintenance, "contractors"), "ContractorsNotAllowed", type ?? "");
        }

        var contacts = ReadList(maintenance, "maintenance", "contacts", required: type is "community" or "internal");
        CheckEntries(contacts, "maintenance.contacts", CheckContact);
    }

    private void CheckEntries(YamlSequenceNode? list, string path, Action<YamlMappingNode, string> check)
    {
        for (var i = 0; list is not null && i < list.Children.Count; i++)
        {
            if (list.Children[i] is YamlMappingNode entry)
            {
                check(entry, Item(path, i));
            }
            else
            {
                TypeError(Item(path, i), list.Children[i], "mapping");
            }
        }
    }

    private void CheckContractor(YamlMappingNode contractor, string path)
    {
        UnknownKeys(contractor, path, _contractorKeys);
        ReadString(contractor, path, "name", required: true);
        CheckEmail(contractor, path);
        if (ReadString(contractor, path, "website", required: false) is { } website && !IsHttpUrl(website))
        {
            Error(Child(path, "website"), EntryAt(contractor, "website"), "InvalidHttpUrl", website);
        }

        if (ReadString(contractor, path, "until", required: true) is { Length: > 0 } until && !IsDate(until))
        {
            Error(Child(path, "until"), EntryAt(contractor, "until"), "InvalidDate", until);
        }
    }

    private void CheckContact(YamlMappingNode contact, string path)
    {
        UnknownKeys(contact, path, _contactKeys);
        ReadString(contact, path, "name", required: true);
        CheckEmail(contact, path);
        ReadString(contact, path, "affiliation", required: false);
        ReadString(contact, path, "phone", required: false);
    }

    private void CheckEmail(YamlMappingNode entry, string path)
    {
        if (ReadString(entry, path, "email", required: false) is { Length: > 0 } email && !IsEmail(email))
        {
            Error(Child(path, "email"), EntryAt(entry, "email"), "InvalidEmail", email);
        }
    }

    private void CheckLocalisation()
    {
        if (ReadSection("localisation", "localisationReady", "availableLanguages") is not { } localisation)
        {
            return;
        }

        UnknownKeys(localisation, "localisation", _localisationKeys);
        ReadBool(localisation, "localisation", "localisationReady", required: true);
        var languages = ReadList(localisation, "localisation", "availableLanguages", required: true);
        if (languages is { Children.Count: 0 })
        {
            Error("localisation.availableLanguages", EntryAt(localisation, "availableLanguages"), "Empty");
        }

        foreach (var (text, node, path) in ReadStrings(languages, "localisation.availableLanguages"))
        {
            if (!IsLanguageTag(text))
            {
                Error(path, node.Start, "InvalidLanguage", text);
            }
        }
    }

    private void CheckDependsOn()
    {
        if (ReadMapping(root, "", "dependsOn", required: false) is not { } dependsOn)
        {
            return;
        }

        UnknownKeys(dependsOn, "dependsOn", _dependsOnKeys);
        foreach (var kind in _dependsOnKeys)
        {
            CheckEntries(ReadList(dependsOn, "dependsOn", kind, required: false), Child("dependsOn", kind), CheckDependency);
        }
    }

    private void CheckDependency(YamlMappingNode dependency, string path)
    {
        UnknownKeys(dependency, path, _dependencyKeys);
        ReadString(dependency, path, "name", required: true);
        ReadString(dependency, path, "versionMin", required: false);
        ReadString(dependency, path, "versionMax", required: false);
        ReadString(dependency, path, "version", required: false);
        ReadBool(dependency, path, "optional", required: false);
    }
}
