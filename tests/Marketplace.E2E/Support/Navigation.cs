using Microsoft.Playwright;

namespace Marketplace.E2E.Support;

/// <summary>Navigation that waits for the new document, never for a fixed time.</summary>
public static class Navigation
{
    /// <summary>
    /// Clicks (typically a form's submit button) and waits until the main frame has committed a new document
    /// and it has loaded. Works when the form posts back to the same URL, where waiting for a URL would not.
    /// </summary>
    public static async Task ClickAndWaitForNavigationAsync(this ILocator locator, IPage page)
    {
        var navigated = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        void OnNavigated(object? sender, IFrame frame)
        {
            if (frame == page.MainFrame)
            {
                navigated.TrySetResult();
            }
        }

        page.FrameNavigated += OnNavigated;
        try
        {
            await locator.ClickAsync();
            await navigated.Task.WaitAsync(TimeSpan.FromSeconds(30));
        }
        finally
        {
            page.FrameNavigated -= OnNavigated;
        }

        await page.WaitForLoadStateAsync(LoadState.Load);
    }

    /// <summary>Opens a site path and fails unless the server answered <paramref name="status"/>.</summary>
    public static async Task<IResponse> OpenAsync(this IPage page, string path, int status = 200)
    {
        var response = await page.GotoAsync(path) ?? throw new InvalidOperationException($"No response for {path}.");
        if (response.Status != status)
        {
            throw new Xunit.Sdk.XunitException($"GET {path} answered {response.Status}, expected {status}.");
        }

        return response;
    }
}
