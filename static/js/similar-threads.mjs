// While someone types a new thread's title, list threads that may already answer it.
// Progressive enhancement: without JavaScript the Preview step shows the same list.
const box = document.getElementById("similar-threads");
const title = document.querySelector("input[name='title']");

if (box && title && window.fetch) {
  let timer = 0;
  let latest = "";

  const show = (hits) => {
    box.replaceChildren();
    if (!hits.length) return;
    const heading = document.createElement("h2");
    heading.className = "govuk-heading-s";
    heading.textContent = "Similar threads already here";
    const lead = document.createElement("p");
    lead.className = "govuk-body-s";
    lead.textContent = "Your question may already have an answer:";
    const list = document.createElement("ul");
    list.className = "govuk-list";
    for (const hit of hits.slice(0, 5)) {
      const item = document.createElement("li");
      const link = document.createElement("a");
      link.className = "govuk-link";
      link.href = hit.url;
      link.textContent = hit.title;
      item.append(link);
      list.append(item);
    }
    box.append(heading, lead, list);
  };

  const lookUp = async () => {
    const words = title.value.trim();
    if (words.length < 8 || words === latest) return;
    latest = words;
    const url = `${box.dataset.api}?kind=thread&q=${encodeURIComponent(words)}`;
    try {
      const response = await fetch(url, { headers: { Accept: "application/json" } });
      if (!response.ok || words !== latest) return;
      const data = await response.json();
      show(data.hits || []);
    } catch {
      // Suggestions are a nicety: say nothing if they cannot be fetched.
    }
  };

  title.addEventListener("input", () => {
    clearTimeout(timer);
    timer = setTimeout(lookUp, 400);
  });
}
