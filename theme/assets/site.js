// Small progressive enhancements: mobile menu, theme toggle, active table-of-contents entry.
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
})();
