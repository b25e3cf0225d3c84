// Small progressive enhancements: mobile menu, theme toggle, table of contents, copy buttons, heading anchors, search.
// Words come from the theme's strings in the site's language, on <body data-…> and the menu button.
(() => {
  const root = document.documentElement;
  const words = document.body.dataset;
  const sidebar = document.getElementById('sidebar');
  const menu = document.querySelector('.menu-button');
  const setMenu = open => {
    sidebar.classList.toggle('open', open);
    menu.setAttribute('aria-expanded', String(open));
    menu.setAttribute('aria-label', open ? menu.dataset.labelClose : menu.dataset.labelOpen);
  };
  menu?.addEventListener('click', () => setMenu(!sidebar.classList.contains('open')));
  document.addEventListener('keydown', event => {
    if (event.key !== 'Escape' || !sidebar?.classList.contains('open')) return;
    setMenu(false);
    menu.focus();
  });

  // The page's table of contents is open beside the article on wide screens, folded above it on narrow ones.
  // It arrives folded, so opening it here on a wide screen moves nothing (the article is in another column).
  const toc = document.querySelector('.toc details');
  if (toc) {
    const wide = matchMedia('(min-width: 72.01rem)');
    toc.open = wide.matches;
    wide.addEventListener('change', () => { toc.open = wide.matches; });
  }

  const article = document.querySelector('article');
  for (const heading of article?.querySelectorAll('h2[id], h3[id], h4[id]') ?? []) {
    const anchor = Object.assign(document.createElement('a'), { className: 'anchor', href: '#' + encodeURIComponent(heading.id), textContent: '#' });
    anchor.setAttribute('aria-label', `${words.anchor}: ${heading.textContent}`);
    heading.append(anchor);
  }
  for (const pre of article?.querySelectorAll('pre:has(> code)') ?? []) {
    const box = Object.assign(document.createElement('div'), { className: 'code-block' });
    const copy = Object.assign(document.createElement('button'), { type: 'button', className: 'copy-button', textContent: words.copy });
    copy.addEventListener('click', async () => {
      await navigator.clipboard.writeText(pre.querySelector('code').innerText.replace(/\n$/, ''));
      copy.textContent = words.copied;
      copy.classList.add('done');
      setTimeout(() => { copy.textContent = words.copy; copy.classList.remove('done'); }, 1500);
    });
    pre.replaceWith(box);
    box.append(pre, copy);
  }

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
