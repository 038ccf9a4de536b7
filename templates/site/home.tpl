{{%AUTOESCAPE context="HTML"}}
<section class="hero" aria-labelledby="hero-title">
  <h1 id="hero-title">{{_ Des talents à Liège, des entreprises qui recrutent : PrimoWork fait le lien _}}</h1>
  <p class="lead">{{_ Chaque année, près de 1 000 personnes venues de pays hors de l'Union européenne cherchent un emploi dans l'arrondissement de Liège. Beaucoup sont qualifiées. PrimoWork est le point d'entrée unique entre elles, les services qui les accompagnent et les entreprises qui recrutent. _}}</p>
</section>

<section aria-labelledby="audiences-title">
  <h2 id="audiences-title">{{_ Qui êtes-vous ? _}}</h2>
  <ul class="cards">
    <li class="card">
      <h3>{{_ Vous recrutez _}}</h3>
      <p>{{_ Déposez une offre en deux minutes et recevez des candidatures validées par un conseiller, anonymisées et expliquées. Nous vous aidons avant et après l'embauche. _}}</p>
      <a class="button" href="/entreprises">{{_ Espace entreprises _}}</a>
    </li>
    <li class="card">
      <h3>{{_ Vous accompagnez des personnes _}}</h3>
      <p>{{_ Tenez le dossier et le parcours de chaque personne : compétences, langues, droit au travail, équivalences, formations, stages, PFI et suivi. _}}</p>
      <a class="button" href="/conseillers">{{_ Espace conseillers _}}</a>
    </li>
    <li class="card">
      <h3>{{_ Vous cherchez un emploi _}}</h3>
      <p>{{_ Voyez votre profil, les offres et les ateliers, dans votre langue, et construisez votre CV avec votre conseiller. _}}</p>
      <a class="button" href="/candidats">{{_ Espace candidats _}}</a>
    </li>
    <li class="card">
      <h3>{{_ Vous coordonnez _}}</h3>
      <p>{{_ L'IBEFE Liège vérifie les entreprises, mène les programmes comme Hospi'Jobs et mesure les résultats. _}}</p>
      <a class="button" href="/coordination">{{_ Espace coordination _}}</a>
    </li>
  </ul>
</section>

<section aria-labelledby="how-title">
  <h2 id="how-title">{{_ Comment ça marche _}}</h2>
  <ol class="steps">
    <li>{{_ L'entreprise dépose une offre ; l'IBEFE vérifie l'entreprise. _}}</li>
    <li>{{_ Un conseiller propose des personnes qui conviennent, avec l'accord de chacune, et explique pourquoi. _}}</li>
    <li>{{_ L'entreprise rencontre, engage, et reste accompagnée pendant l'intégration. _}}</li>
  </ol>
</section>

<section aria-labelledby="proof-title" class="proof">
  <h2 id="proof-title">{{_ Ça fonctionne déjà _}}</h2>
  <p>{{_ Hospi'Jobs a orienté 200 personnes vers l'emploi hospitalier à Liège : les trois quarts ont signé un contrat dans l'année qui a suivi leur stage, dont un tiers en CDI. _}}</p>
</section>
