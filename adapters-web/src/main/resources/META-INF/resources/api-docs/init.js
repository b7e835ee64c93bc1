// The browsable API: Swagger UI over the server's own MicroProfile OpenAPI document.
window.addEventListener('load', function () {
    window.ui = SwaggerUIBundle({
        url: '/openapi?format=JSON',
        dom_id: '#swagger-ui',
        deepLinking: true,
        withCredentials: true,
        persistAuthorization: false
    });
});
