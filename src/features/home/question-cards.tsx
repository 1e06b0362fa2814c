const questions = [
  {
    title: 'What should I do, in what order?',
    body: 'A certification roadmap drawn from your role, experience, skills and the certifications you hold, with the reason for every step and every skip.',
  },
  {
    title: 'How long will it take me?',
    body: 'Study hours as a range for someone like you, turned into weeks and exam dates from the hours you can give each week.',
  },
  {
    title: 'Is it worth it?',
    body: 'Salary ranges for the roles the path leads to, against staying where you are, with the month the effort pays for itself.',
  },
];

/** The three questions Certpath answers. */
export function QuestionCards() {
  return (
    <section aria-labelledby="home-questions">
      <h2 id="home-questions">Three questions, answered for you</h2>
      <ol className="home-questions">
        {questions.map((q, i) => (
          <li key={q.title} className="card">
            <span className="home-question-number" aria-hidden="true">
              {i + 1}
            </span>
            <h3>{q.title}</h3>
            <p>{q.body}</p>
          </li>
        ))}
      </ol>
    </section>
  );
}
