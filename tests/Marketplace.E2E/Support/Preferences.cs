using Microsoft.Playwright;

namespace Marketplace.E2E.Support;

/// <summary>The language and theme forms in the footer: plain POST forms, so they work without JavaScript too.</summary>
public static class Preferences
{
    /// <summary>Chooses a language by the label shown in the list ("English", "Bahasa Indonesia") and applies it.</summary>
    public static Task ChooseLanguageAsync(this IPage page, string label) =>
        ChooseAsync(page, "form[action='/bahasa']", label);

    /// <summary>Chooses a theme by its label in the current language ("Kontras tinggi", "Standar") and applies it.</summary>
    public static Task ChooseThemeAsync(this IPage page, string label) =>
        ChooseAsync(page, "form[action='/tema']", label);

    private static async Task ChooseAsync(IPage page, string formSelector, string label)
    {
        var form = page.Locator("footer").Locator(formSelector);
        await form.Locator("select").SelectOptionAsync(new SelectOptionValue { Label = label });
        await form.Locator("button[type=submit]").ClickAndWaitForNavigationAsync(page);
    }
}
