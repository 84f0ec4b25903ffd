/**
 * Host page scripts written the careless way many sites are: a keyboard shortcut on "/" that
 * focuses the site search without looking at where the visitor is typing, and a page-wide host
 * <form> (as ASP.NET WebForms sites have). A signup in the newsletter modal must neither lose its
 * "/" keystrokes to the shortcut nor submit the host form; the status line below says if it did.
 */
const search = document.querySelector<HTMLInputElement>('#site-search');
const status = document.querySelector('[data-host-form-status]');

document.addEventListener('keydown', (e) => {
  // Careless on purpose: ignores the event's target (a widget's field is retargeted to its host).
  if (e.key === '/' && document.activeElement !== search) {
    e.preventDefault();
    search?.focus();
  }
});

for (const form of document.querySelectorAll<HTMLFormElement>('[data-host-form], [data-host-search]')) {
  form.addEventListener('submit', (e) => {
    e.preventDefault();
    if (status && form.hasAttribute('data-host-form')) {
      status.textContent = 'Le formulaire du site hôte vient d’être soumis : un widget l’a déclenché, ce qui ne devrait jamais arriver.';
    }
  });
}

export {}; // a module: its names stay its own
