using System.Net.Mail;

namespace Marketplace.Web.Features.Catalog;

/// <summary>The rules an application's fields must meet, the same for the form, the API and imports.</summary>
internal static class AppRules
{
    public const int SummaryMax = 150;
    public const int DescriptionMax = 20_000;

    /// <summary>Ten trillion rupiah: above the largest national systems; a larger figure is a typing slip.</summary>
    public const long BuildCostMax = 10_000_000_000_000;

    /// <summary>publiccode softwareType values.</summary>
    public static readonly string[] SoftwareTypes =
        ["standalone/web", "standalone/mobile", "standalone/desktop", "standalone/backend", "standalone/iot", "standalone/other", "addon", "library", "configurationFiles"];

    public static List<FieldError> Check(AppInput input, ILicenseCheck licenses)
    {
        var errors = new List<FieldError>();
        Required(errors, nameof(input.Name), input.Name, 200);
        Required(errors, nameof(input.Summary), input.Summary, SummaryMax);
        Required(errors, nameof(input.License), input.License, 200);
        if ((input.Description?.Length ?? 0) > DescriptionMax)
        {
            errors.Add(new(nameof(input.Description), "Validation.TooLong", DescriptionMax));
        }

        if (!string.IsNullOrWhiteSpace(input.Slug) && !Slugs.IsValid(input.Slug.Trim()))
        {
            errors.Add(new(nameof(input.Slug), "Catalog.SlugInvalid"));
        }

        if (!string.IsNullOrWhiteSpace(input.License) && !licenses.IsValid(input.License.Trim()))
        {
            errors.Add(new(nameof(input.License), "Catalog.LicenseInvalid", input.License.Trim()));
        }

        Url(errors, nameof(input.RepositoryUrl), input.RepositoryUrl);
        Url(errors, nameof(input.LandingUrl), input.LandingUrl);
        if (!string.IsNullOrWhiteSpace(input.SoftwareType) && !SoftwareTypes.Contains(input.SoftwareType.Trim()))
        {
            errors.Add(new(nameof(input.SoftwareType), "Catalog.UnknownValue", input.SoftwareType.Trim()));
        }

        List(errors, nameof(input.Categories), AppInput.SplitList(input.Categories), 20, v => Slugs.IsValid(v.ToLowerInvariant()));
        List(errors, nameof(input.Languages), AppInput.SplitList(input.Languages), 20, v => v.Length <= 50);
        List(errors, nameof(input.Platforms), AppInput.SplitList(input.Platforms), 20, v => v.Length <= 50);
        Range(errors, nameof(input.CpuCores), input.CpuCores, 1024);
        Range(errors, nameof(input.RamGb), input.RamGb, 4096);
        Range(errors, nameof(input.StorageGb), input.StorageGb, 1_000_000);
        Range(errors, nameof(input.UsersPerServer), input.UsersPerServer, 10_000_000);
        if (input.BuildCost is { } cost && (cost < 0 || cost > BuildCostMax))
        {
            errors.Add(new(nameof(input.BuildCost), "Catalog.BuildCostRange", BuildCostMax));
        }

        Contacts(errors, input.Contacts);
        return errors;
    }

    private static void Required(List<FieldError> errors, string field, string? value, int max)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            errors.Add(new(field, "Validation.Required"));
        }
        else if (value.Trim().Length > max)
        {
            errors.Add(new(field, "Validation.TooLong", max));
        }
    }

    private static void Url(List<FieldError> errors, string field, string? value)
    {
        if (!string.IsNullOrWhiteSpace(value)
            && (value.Length > 500 || !Uri.TryCreate(value.Trim(), UriKind.Absolute, out var uri) || uri.Scheme is not ("http" or "https")))
        {
            errors.Add(new(field, "Catalog.UrlInvalid"));
        }
    }

    private static void List(List<FieldError> errors, string field, IReadOnlyList<string> values, int max, Func<string, bool> valid)
    {
        if (values.Count > max)
        {
            errors.Add(new(field, "Catalog.TooMany", max));
        }
        else if (values.FirstOrDefault(v => !valid(v)) is { } bad)
        {
            errors.Add(new(field, "Catalog.UnknownValue", bad));
        }
    }

    private static void Range(List<FieldError> errors, string field, int? value, int max)
    {
        if (value is { } number && (number < 1 || number > max))
        {
            errors.Add(new(field, "Catalog.OutOfRange", 1, max));
        }
    }

    private static void Contacts(List<FieldError> errors, List<MaintenanceContact> contacts)
    {
        if (contacts.Count > 5)
        {
            errors.Add(new(nameof(AppInput.Contacts), "Catalog.TooMany", 5));
            return;
        }

        for (var i = 0; i < contacts.Count; i++)
        {
            var contact = contacts[i];
            if (string.IsNullOrWhiteSpace(contact.Name) || contact.Name.Length > 200)
            {
                errors.Add(new($"Contacts[{i}].Name", "Validation.Required"));
            }

            if (!string.IsNullOrWhiteSpace(contact.Email) && (!MailAddress.TryCreate(contact.Email.Trim(), out var address) || address.Address != contact.Email.Trim()))
            {
                errors.Add(new($"Contacts[{i}].Email", "Catalog.EmailInvalid"));
            }
        }
    }
}
