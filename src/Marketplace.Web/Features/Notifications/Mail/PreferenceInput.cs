namespace Marketplace.Web.Features.Notifications.Mail;

/// <summary>Why posted choices were refused: a resource key of NotificationsText, and the kind or the name it is about.</summary>
public sealed record PreferenceError(string Key, NotificationKind? Kind, string Name);

/// <summary>Posted choices, checked: exact kind and delivery names only, never numbers, other spellings or account mail.</summary>
public sealed record PreferenceInput(IReadOnlyDictionary<NotificationKind, MailDelivery> Choices, PreferenceError? Error)
{
    public static PreferenceInput Parse(IEnumerable<(string Name, string? Value)> fields)
    {
        var choices = new Dictionary<NotificationKind, MailDelivery>();
        foreach (var (name, value) in fields)
        {
            if (!TryExact(name, out NotificationKind kind) || !NotificationPreferences.IsChoosable(kind))
            {
                return new(choices, new PreferenceError("Preferences.Unknown", null, name));
            }

            if (!TryExact(value, out MailDelivery delivery))
            {
                return new(choices, new PreferenceError("Preferences.Invalid", kind, name));
            }

            choices[kind] = delivery;
        }

        return new(choices, null);
    }

    private static bool TryExact<T>(string? name, out T value) where T : struct, Enum
    {
        value = default;
        return name is not null && Enum.GetNames<T>().Contains(name, StringComparer.Ordinal) && Enum.TryParse(name, ignoreCase: false, out value);
    }
}
