{{%AUTOESCAPE context="HTML"}}
<!DOCTYPE html>
<html lang="{{LANG}}" dir="ltr">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{{TITLE}} · {{_ PrimoWork Liège _}}</title>
<link rel="stylesheet" href="/static/css/app.css?v={{ASSET_VERSION}}">
<link rel="icon" href="/static/img/favicon.svg?v={{ASSET_VERSION}}" type="image/svg+xml">
<script src="/static/js/combobox.js?v={{ASSET_VERSION}}" defer></script>
</head>
<body>
<a class="skip-link" href="#main">{{_ Aller au contenu _}}</a>
<header class="site-header">
  <div class="container header-inner">
    <a class="brand" href="/">{{_ PrimoWork Liège _}}</a>
    <nav class="account-nav" aria-label="{{_ Votre compte _}}">
{{#ANONYMOUS}}
      <a href="/connexion">{{_ Se connecter _}}</a>
{{/ANONYMOUS}}
{{#USER}}
      <a href="/tableau-de-bord">{{USER_NAME}}</a>
      <a href="/compte">{{_ Mon compte _}}</a>
      <form method="post" action="/deconnexion" class="inline-form">
        <input type="hidden" name="_csrf" value="{{CSRF}}">
        <button type="submit" class="link-button">{{_ Se déconnecter _}}</button>
      </form>
{{/USER}}
    </nav>
    <nav class="lang-switch" aria-label="{{_ Choix de la langue _}}">
      <ul>
{{#LANGUAGE}}
        <li>{{#CURRENT}}<span aria-current="true" lang="{{CODE}}">{{NAME}}</span>{{/CURRENT}}{{#OTHER}}<a href="{{URL}}" hreflang="{{CODE}}" lang="{{CODE}}">{{NAME}}</a>{{/OTHER}}</li>
{{/LANGUAGE}}
      </ul>
    </nav>
  </div>
</header>
<main id="main" tabindex="-1">
  <div class="container">
{{CONTENT:none}}
  </div>
</main>
<footer class="site-footer">
  <div class="container">
    <p>{{_ PrimoWork Liège est porté par l'IBEFE Liège, avec le CRIPEL, CALIF, Le Monde des Possibles, les CISP et des organisations d'employeurs. _}}</p>
    <p>{{_ Nous ne recueillons que les données utiles à l'accompagnement, jamais l'origine ni la religion. _}}</p>
    <p>{{_ Données des métiers : ROME, France Travail, Licence Ouverte ; ESCO, Union européenne. _}}</p>
  </div>
</footer>
</body>
</html>
