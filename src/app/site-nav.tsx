import { NavLink } from 'react-router';

const links = [
  { to: '/', label: 'Home', end: true },
  { to: '/plan', label: 'Plan', end: false },
  { to: '/roadmap', label: 'Roadmap', end: false },
  { to: '/salary', label: 'Salary', end: false },
  { to: '/compare', label: 'Compare', end: false },
  { to: '/certs', label: 'Catalogue', end: false },
];

/** The main navigation; NavLink marks the current page with aria-current="page". */
export function SiteNav() {
  return (
    // On a phone the links wrap to two rows: every destination stays in view, no menu.
    <nav className="site-nav" aria-label="Main">
      <ul>
        {links.map((link) => (
          <li key={link.to}>
            <NavLink to={link.to} end={link.end}>
              {link.label}
            </NavLink>
          </li>
        ))}
      </ul>
    </nav>
  );
}
