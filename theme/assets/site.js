// Small progressive enhancements: mobile menu, theme toggle, active table-of-contents entry, search.
(() => {
  const root = document.documentElement;
  const sidebar = document.getElementById('sidebar');
  const menu = document.querySelector('.menu-button');
  menu?.addEventListener('click', () => {
    const open = sidebar.classList.toggle('open');
    menu.setAttribute('aria-expanded', String(open));
  });

  document.querySelector('.theme-button')?.addEventListener('click', () => {
    const dark = root.dataset.theme ? root.dataset.theme === 'dark' : matchMedia('(prefers-color-scheme: dark)').matches;
    root.dataset.theme = dark ? 'light' : 'dark';
    localStorage.setItem('theme', root.dataset.theme);
  });

  const tocLinks = [...document.querySelectorAll('.toc a')];
  if (tocLinks.length && 'IntersectionObserver' in window) {
    const byId = new Map(tocLinks.map(a => [decodeURIComponent(a.hash.slice(1)), a]));
    const observer = new IntersectionObserver(entries => {
      for (const entry of entries) {
        if (!entry.isIntersecting) continue;
        tocLinks.forEach(a => a.classList.remove('active'));
        byId.get(entry.target.id)?.classList.add('active');
      }
    }, { rootMargin: '0px 0px -70% 0px' });
    byId.forEach((_, id) => { const h = document.getElementById(id); if (h) observer.observe(h); });
  }

  // Search: Pagefind's UI and index load on first use, so pages stay light; `/` focuses the box.
  const search = document.getElementById('search');
  if (search) {
    const box = search.querySelector('.search-input');
    let ui;
    const open = () => ui ??= new Promise((resolve, reject) => {
      const css = Object.assign(document.createElement('link'), { rel: 'stylesheet', href: search.dataset.bundle + 'pagefind-ui.css' });
      const script = Object.assign(document.createElement('script'), { src: search.dataset.bundle + 'pagefind-ui.js' });
      script.onload = resolve;
      script.onerror = reject;
      document.head.append(css, script);
    }).then(() => {
      const typed = box.value;
      box.remove();
      const pagefind = new PagefindUI({
        element: '#search', bundlePath: search.dataset.bundle, baseUrl: search.dataset.base,
        showImages: false, showSubResults: true, resetStyles: false, autofocus: true,
      });
      if (typed) pagefind.triggerSearch(typed);
    });
    box.addEventListener('focus', open, { once: true });
    document.addEventListener('keydown', event => {
      if (event.key !== '/' || event.ctrlKey || event.metaKey || event.altKey) return;
      if (event.target instanceof Element && event.target.closest('input, textarea, select, [contenteditable]')) return;
      event.preventDefault();
      (search.querySelector('input') ?? box).focus();
    });
    // A click elsewhere puts the results away, coming back to the box shows them again (Escape clears the search).
    search.addEventListener('focusin', () => search.classList.remove('closed'));
    document.addEventListener('click', event => { if (!search.contains(event.target)) search.classList.add('closed'); });
  }
})();
